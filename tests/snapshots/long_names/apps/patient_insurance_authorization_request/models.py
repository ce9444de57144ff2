"""PatientInsuranceAuthorizationRequest: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/patient_insurance_authorization_request/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend PatientInsuranceAuthorizationRequestBase.Meta.
"""

from apps.patient_insurance_authorization_request.generated.models import (
    PatientInsuranceAuthorizationRequestBase,
)


class PatientInsuranceAuthorizationRequest(PatientInsuranceAuthorizationRequestBase):
    """Patient insurance authorization request."""
