from apps.blood_pressure_measurement_schedu.generated.filters import (
    BloodPressureMeasurementScheduFilterSet,
)
from apps.blood_pressure_measurement_schedu.generated.permissions import (
    ROLE_PERMISSIONS,
)
from apps.blood_pressure_measurement_schedu.models import BloodPressureMeasurementSchedu
from apps.blood_pressure_measurement_schedu.serializers import (
    BloodPressureMeasurementScheduSerializer,
)
from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet


class BloodPressureMeasurementScheduViewSetBase(
    ETagViewSetMixin,
    WorkspaceScopedModelViewSet,
):
    """/api/v1/blood-pressure-measurement-schedus/: list, retrieve, create, update and delete blood pressure measurement schedus of the request's workspace."""

    queryset = BloodPressureMeasurementSchedu.objects.select_related(
        "the_patient_whose_blood_pressure_schedule_this_is_recorded",
    )
    serializer_class = BloodPressureMeasurementScheduSerializer
    filterset_class = BloodPressureMeasurementScheduFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("a_rather_long_field_name_that_explains_itself_in_detail_yes",)
    ordering_fields = (
        "systolic_pressure_in_millimetres_of_mercury_measured_seated",
        "created_at",
        "updated_at",
    )
