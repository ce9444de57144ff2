from apps.core.admin import GeneratedModelAdmin, WorkspaceInline
from apps.patient_insurance_authorization_request.models import (
    PatientInsuranceAuthorizationRequest,
)


class PatientInsuranceAuthorizationRequestInline(WorkspaceInline):
    model = PatientInsuranceAuthorizationRequest
    fk_name = "schedule"
    fields = ("reference",)


class BloodPressureMeasurementScheduAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "a_rather_long_field_name_that_explains_itself_in_detail_yes",
        "systolic_pressure_in_millimetres_of_mercury_measured_seated",
        "state",
        "the_patient_whose_blood_pressure_schedule_this_is_recorded",
        "created_at",
    )
    search_fields = ("a_rather_long_field_name_that_explains_itself_in_detail_yes",)
    list_filter = (
        "state",
        "the_patient_whose_blood_pressure_schedule_this_is_recorded",
    )
    readonly_fields = ("created_at", "updated_at")
    list_select_related = (
        "the_patient_whose_blood_pressure_schedule_this_is_recorded",
    )
    raw_id_fields = (
        "workspace",
        "the_patient_whose_blood_pressure_schedule_this_is_recorded",
    )
    inlines = (PatientInsuranceAuthorizationRequestInline,)
