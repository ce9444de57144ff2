"""BloodPressureMeasurementSchedu serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/blood_pressure_measurement_schedu/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.blood_pressure_measurement_schedu.generated.serializers import (
    BloodPressureMeasurementScheduWriteSerializer,
)


class BloodPressureMeasurementScheduSerializer(
    BloodPressureMeasurementScheduWriteSerializer,
):
    """Validates blood pressure measurement schedu input; responds with BloodPressureMeasurementScheduReadSerializer."""
