"""BloodPressureMeasurementSchedu API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/blood_pressure_measurement_schedu/generated/views.py.
"""

from apps.blood_pressure_measurement_schedu.generated.views import (
    BloodPressureMeasurementScheduViewSetBase,
)


class BloodPressureMeasurementScheduViewSet(BloodPressureMeasurementScheduViewSetBase):
    """/api/v1/blood-pressure-measurement-schedus/"""
