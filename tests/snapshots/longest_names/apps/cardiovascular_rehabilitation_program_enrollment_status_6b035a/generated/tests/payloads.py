from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.serializers import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer,
)
from apps.core.testing import member_of, payload_for
from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.factories import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory,
)
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.generated.factories import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory,
)


def payload(workspace) -> dict:
    """A valid request body for a new cardiovascular rehabilitation program enrollment status change log in ``workspace``."""
    return payload_for(
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer,
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.build(),
        owner=member_of(workspace),
        parent=CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
            workspace=workspace,
        ),
        others=[
            CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
                workspace=workspace,
            ),
        ],
        shared=ReferenceCodeForCardiovascularRehabilitationProgramsInClinicFactory.create(),
        twin=PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create(
            workspace=workspace,
        ),
    )
