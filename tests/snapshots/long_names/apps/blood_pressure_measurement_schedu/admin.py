"""BloodPressureMeasurementSchedu admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.blood_pressure_measurement_schedu.generated.admin import (
    BloodPressureMeasurementScheduAdminBase,
)
from apps.blood_pressure_measurement_schedu.models import BloodPressureMeasurementSchedu


@admin.register(BloodPressureMeasurementSchedu)
class BloodPressureMeasurementScheduAdmin(BloodPressureMeasurementScheduAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
