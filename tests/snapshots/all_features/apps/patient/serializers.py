"""Patient serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/patient/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.patient.generated.serializers import PatientWriteSerializer


class PatientSerializer(PatientWriteSerializer):
    """Validates patient input; responds with PatientReadSerializer."""
