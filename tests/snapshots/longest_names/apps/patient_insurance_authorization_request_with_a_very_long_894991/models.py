"""PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/patient_insurance_authorization_request_with_a_very_long_894991/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXBase.Meta.
"""

from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.models import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXBase,
)


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX(
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXBase,
):
    """Patient insurance authorization request with a very long name indeed x."""
