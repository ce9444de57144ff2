from apps.core.admin import GeneratedModelAdmin


class ChildAdminBase(GeneratedModelAdmin):
    list_display = ("id", "parent", "created_at")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("parent",)
    raw_id_fields = ("workspace", "parent")
