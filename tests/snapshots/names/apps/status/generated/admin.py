from apps.core.admin import GeneratedModelAdmin


class StatusAdminBase(GeneratedModelAdmin):
    list_display = ("id", "value", "created_at")
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
