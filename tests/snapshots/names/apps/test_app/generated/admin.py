from apps.core.admin import GeneratedModelAdmin


class TestAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "format",
        "page",
        "search",
        "ordering",
        "page_size",
        "created_at",
    )
    search_fields = ("format", "search")
    readonly_fields = ("created_at", "updated_at")
    raw_id_fields = ("workspace",)
