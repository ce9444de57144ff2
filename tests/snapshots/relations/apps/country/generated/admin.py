from apps.core.admin import GeneratedModelAdmin


class CountryAdminBase(GeneratedModelAdmin):
    list_display = ("id", "code", "name", "created_at")
    search_fields = ("name",)
    readonly_fields = ("created_at", "updated_at")
