from apps.core.admin import GeneratedModelAdmin


class AuditEntryAdminBase(GeneratedModelAdmin):
    list_display = ("id", "message", "created_at")
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
