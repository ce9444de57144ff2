from apps.core.admin import GeneratedModelAdmin
from apps.core.soft_delete_admin import SoftDeleteAdminMixin


class NoteAdminBase(SoftDeleteAdminMixin, GeneratedModelAdmin):
    list_display = ("id", "visit", "author", "created_at")
    list_filter = ("visit",)
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("visit", "author")
    raw_id_fields = ("workspace", "visit", "author")
