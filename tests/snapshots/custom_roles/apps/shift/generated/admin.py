from apps.case_note.models import CaseNote
from apps.core.admin import GeneratedModelAdmin, WorkspaceInline


class CaseNoteInline(WorkspaceInline):
    model = CaseNote
    fk_name = "shift"
    fields = ("summary", "author")
    raw_id_fields = ("author",)


class ShiftAdminBase(GeneratedModelAdmin):
    list_display = ("id", "starts_at", "hours", "ward", "clinician", "created_at")
    list_filter = ("starts_at", "ward", "clinician")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("ward", "clinician")
    raw_id_fields = ("workspace", "ward", "clinician")
    inlines = (CaseNoteInline,)
