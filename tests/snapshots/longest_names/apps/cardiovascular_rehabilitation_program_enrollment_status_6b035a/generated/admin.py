from apps.audit.admin import AuditedAdminMixin
from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.models import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCli,
)
from apps.core.admin import GeneratedModelAdmin, WorkspaceInline
from apps.core.soft_delete_admin import SoftDeleteAdminMixin


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliInline(
    WorkspaceInline,
):
    model = BookkeepingEntryForCardiovascularRehabilitationProgramsInCli
    fk_name = "log"
    fields = ("amount",)


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogAdminBase(
    AuditedAdminMixin,
    SoftDeleteAdminMixin,
    GeneratedModelAdmin,
):
    list_display = (
        "id",
        "note",
        "state",
        "owner",
        "parent",
        "shared",
        "twin",
        "created_at",
    )
    search_fields = ("note",)
    list_filter = ("state", "owner")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("owner", "parent", "shared", "twin")
    raw_id_fields = ("workspace", "owner", "parent", "others", "shared", "twin")
    inlines = (BookkeepingEntryForCardiovascularRehabilitationProgramsInCliInline,)
