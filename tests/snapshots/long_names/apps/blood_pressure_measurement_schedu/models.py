"""BloodPressureMeasurementSchedu: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/blood_pressure_measurement_schedu/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend BloodPressureMeasurementScheduBase.Meta.
"""

from apps.blood_pressure_measurement_schedu.generated.models import (
    BloodPressureMeasurementScheduBase,
)


class BloodPressureMeasurementSchedu(BloodPressureMeasurementScheduBase):
    """Blood pressure measurement schedu."""
