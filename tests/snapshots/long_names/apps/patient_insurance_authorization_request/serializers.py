"""PatientInsuranceAuthorizationRequest serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/patient_insurance_authorization_request/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.patient_insurance_authorization_request.generated.serializers import (
    PatientInsuranceAuthorizationRequestWriteSerializer,
)


class PatientInsuranceAuthorizationRequestSerializer(
    PatientInsuranceAuthorizationRequestWriteSerializer,
):
    """Validates patient insurance authorization request input; responds with PatientInsuranceAuthorizationRequestReadSerializer."""
