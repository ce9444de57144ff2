from django_filters import rest_framework as filters

from apps.blood_pressure_measurement_schedu.models import BloodPressureMeasurementSchedu
from apps.core.filters import FilterSet


class BloodPressureMeasurementScheduFilterSet(FilterSet):
    """Query parameters of GET /api/v1/blood-pressure-measurement-schedus/ from the genome's ``filter`` flags."""

    the_patient_whose_blood_pressure_schedule_this_is_recorded = filters.NumberFilter(
        field_name="the_patient_whose_blood_pressure_schedule_this_is_recorded",
    )

    class Meta:
        model = BloodPressureMeasurementSchedu
        fields = {
            "systolic_pressure_in_millimetres_of_mercury_measured_seated": [
                "exact",
                "gte",
                "lte",
            ],
            "a_rather_long_field_name_that_explains_itself_in_detail_yes": [
                "exact",
                "icontains",
            ],
            "state": ["exact"],
        }
