from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.serializers import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer,
)
from apps.core.testing import payload_for
from apps.patient_insurance_authorization_request.generated.factories import (
    PatientInsuranceAuthorizationRequestFactory,
)


def payload(workspace) -> dict:
    """A valid request body for a new cardiovascular rehabilitation program enrollment status change log in ``workspace``."""
    return payload_for(
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer,
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.build(),
        authorization_request=PatientInsuranceAuthorizationRequestFactory.create(
            workspace=workspace,
        ),
        previous_entries=[
            CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
                workspace=workspace,
            ),
        ],
    )
