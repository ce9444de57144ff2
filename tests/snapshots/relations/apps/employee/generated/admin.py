from apps.core.admin import GeneratedModelAdmin, WorkspaceInline
from apps.team.models import Team
from apps.transfer.models import Transfer


class TeamInline(WorkspaceInline):
    model = Team
    fk_name = "lead"
    fields = ("name",)


class TransferInline(WorkspaceInline):
    model = Transfer
    fk_name = "employee"
    fields = ("effective_on", "from_team", "to_team")
    raw_id_fields = ("from_team", "to_team")


class EmployeeAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "full_name",
        "team",
        "manager",
        "mentor",
        "buddy",
        "account",
        "created_at",
    )
    search_fields = ("full_name",)
    list_filter = ("team", "manager")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = (
        "team",
        "manager",
        "mentor",
        "buddy",
        "account",
        "approver",
        "reviewer",
        "home_country",
        "work_country",
    )
    raw_id_fields = (
        "workspace",
        "team",
        "manager",
        "mentor",
        "buddy",
        "peers",
        "account",
        "approver",
        "reviewer",
        "home_country",
        "work_country",
    )
    inlines = (TeamInline, TransferInline)
