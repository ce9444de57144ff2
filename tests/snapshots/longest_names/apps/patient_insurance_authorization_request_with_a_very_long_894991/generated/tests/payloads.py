from apps.core.testing import member_of, payload_for
from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.factories import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory,
)
from apps.patient_insurance_authorization_request_with_a_very_long_894991.serializers import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXSerializer,
)


def payload(workspace) -> dict:
    """A valid request body for a new patient insurance authorization request with a very long name indeed x in ``workspace``."""
    return payload_for(
        PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXSerializer,
        PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.build(),
        subject=member_of(workspace),
    )
