"""PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/patient_insurance_authorization_request_with_a_very_long_894991/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.serializers import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXWriteSerializer,
)


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXSerializer(
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXWriteSerializer,
):
    """Validates patient insurance authorization request with a very long name indeed x input; responds with PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXReadSerializer."""
