from apps.core.admin import GeneratedModelAdmin


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogAdminBase(
    GeneratedModelAdmin,
):
    list_display = ("id", "note", "authorization_request", "created_at")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("authorization_request",)
    raw_id_fields = ("workspace", "authorization_request", "previous_entries")
