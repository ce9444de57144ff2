from apps.audit.admin import AuditedAdminMixin
from apps.core.admin import GeneratedModelAdmin
from apps.core.soft_delete_admin import SoftDeleteAdminMixin


class BookkeepingEntryForCardiovascularRehabilitationProgramsInCliAdminBase(
    AuditedAdminMixin,
    SoftDeleteAdminMixin,
    GeneratedModelAdmin,
):
    list_display = ("id", "amount", "log", "created_at")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("log",)
    raw_id_fields = ("workspace", "log")
