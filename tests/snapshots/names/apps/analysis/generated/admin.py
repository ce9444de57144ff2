from apps.core.admin import GeneratedModelAdmin


class AnalysisAdminBase(GeneratedModelAdmin):
    list_display = ("id", "created_at")
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
