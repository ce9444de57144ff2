from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.core.admin import GeneratedModelAdmin, WorkspaceInline


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogInline(
    WorkspaceInline,
):
    model = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
    fk_name = "authorization_request"
    fields = ("note",)


class PatientInsuranceAuthorizationRequestAdminBase(GeneratedModelAdmin):
    list_display = ("id", "reference", "schedule", "created_at")
    list_filter = ("schedule",)
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("schedule",)
    raw_id_fields = ("workspace", "schedule")
    inlines = (CardiovascularRehabilitationProgramEnrollmentStatusChangeLogInline,)
