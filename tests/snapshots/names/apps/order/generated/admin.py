from apps.core.admin import GeneratedModelAdmin


class OrderAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "select",
        "group",
        "table",
        "type",
        "time",
        "user",
        "created_at",
    )
    search_fields = ("select",)
    list_filter = ("type", "date")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("user", "where")
    raw_id_fields = ("workspace", "user", "where")
