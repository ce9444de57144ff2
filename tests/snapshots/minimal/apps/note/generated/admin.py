from apps.core.admin import GeneratedModelAdmin


class NoteAdminBase(GeneratedModelAdmin):
    list_display = ("id", "title", "created_at")
    search_fields = ("title",)
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
