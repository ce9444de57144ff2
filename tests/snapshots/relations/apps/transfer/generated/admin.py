from apps.core.admin import GeneratedModelAdmin


class TransferAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "effective_on",
        "employee",
        "from_team",
        "to_team",
        "created_at",
    )
    list_filter = ("effective_on",)
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("employee", "from_team", "to_team")
    raw_id_fields = ("workspace", "employee", "from_team", "to_team")
