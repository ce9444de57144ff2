from apps.blood_pressure_measurement_schedu.models import BloodPressureMeasurementSchedu
from apps.core.admin import GeneratedModelAdmin, WorkspaceInline


class BloodPressureMeasurementScheduInline(WorkspaceInline):
    model = BloodPressureMeasurementSchedu
    fk_name = "the_patient_whose_blood_pressure_schedule_this_is_recorded"
    fields = (
        "a_rather_long_field_name_that_explains_itself_in_detail_yes",
        "systolic_pressure_in_millimetres_of_mercury_measured_seated",
    )


class AnotherExtremelyLongEntityNameAdminBase(GeneratedModelAdmin):
    list_display = ("id", "title", "created_at")
    search_fields = ("title",)
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
    inlines = (BloodPressureMeasurementScheduInline,)
