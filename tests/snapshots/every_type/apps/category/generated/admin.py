from apps.core.admin import GeneratedModelAdmin


class CategoryAdminBase(GeneratedModelAdmin):
    list_display = ("id", "name", "created_at")
    search_fields = ("name",)
    readonly_fields = ("created_at", "updated_at")
