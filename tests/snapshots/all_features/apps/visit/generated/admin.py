from apps.audit.admin import AuditedAdminMixin
from apps.core.admin import GeneratedModelAdmin, WorkspaceInline
from apps.core.soft_delete_admin import SoftDeleteAdminMixin
from apps.note.models import Note


class NoteInline(WorkspaceInline):
    model = Note
    fk_name = "visit"
    fields = ("body", "author")
    raw_id_fields = ("author",)


class VisitAdminBase(AuditedAdminMixin, SoftDeleteAdminMixin, GeneratedModelAdmin):
    list_display = (
        "id",
        "reason",
        "starts_at",
        "status",
        "fee",
        "patient",
        "referrer",
        "created_at",
    )
    search_fields = ("reason",)
    list_filter = ("starts_at", "status", "patient")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("patient", "referrer")
    raw_id_fields = ("workspace", "patient", "referrer")
    inlines = (NoteInline,)
