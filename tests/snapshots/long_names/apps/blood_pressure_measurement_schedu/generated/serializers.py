from rest_framework import serializers

from apps.blood_pressure_measurement_schedu.models import BloodPressureMeasurementSchedu
from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)


class BloodPressureMeasurementScheduReadSerializer(serializers.ModelSerializer):
    """BloodPressureMeasurementSchedu as the API returns it, related rows as ``{id, display}``."""

    the_patient_whose_blood_pressure_schedule_this_is_recorded = SummaryField(
        read_only=True,
    )

    class Meta:
        model = BloodPressureMeasurementSchedu
        fields = (
            "id",
            "systolic_pressure_in_millimetres_of_mercury_measured_seated",
            "a_rather_long_field_name_that_explains_itself_in_detail_yes",
            "state",
            "the_patient_whose_blood_pressure_schedule_this_is_recorded",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class BloodPressureMeasurementScheduWriteSerializer(GeneratedModelSerializer):
    """BloodPressureMeasurementSchedu as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = BloodPressureMeasurementScheduReadSerializer
    transitions = {
        "state": {
            "a_very_long_choice_value_that_goes_on_and_on": (),
            "short": ("a_very_long_choice_value_that_goes_on_and_on",),
        },
    }

    class Meta:
        model = BloodPressureMeasurementSchedu
        fields = (
            "id",
            "workspace",
            "systolic_pressure_in_millimetres_of_mercury_measured_seated",
            "a_rather_long_field_name_that_explains_itself_in_detail_yes",
            "state",
            "the_patient_whose_blood_pressure_schedule_this_is_recorded",
        )
        read_only_fields = ("id",)
