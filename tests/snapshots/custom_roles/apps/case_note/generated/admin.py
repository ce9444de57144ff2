from apps.core.admin import GeneratedModelAdmin


class CaseNoteAdminBase(GeneratedModelAdmin):
    list_display = ("id", "shift", "author", "created_at")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("shift", "author")
    raw_id_fields = ("workspace", "shift", "author")
