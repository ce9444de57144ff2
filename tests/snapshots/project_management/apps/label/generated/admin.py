from apps.core.admin import GeneratedModelAdmin


class LabelAdminBase(GeneratedModelAdmin):
    list_display = ("id", "name", "color", "created_at")
    search_fields = ("name",)
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
