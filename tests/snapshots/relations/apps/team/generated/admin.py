from apps.core.admin import GeneratedModelAdmin, WorkspaceInline
from apps.employee.models import Employee
from apps.transfer.models import Transfer


class EmployeeInline(WorkspaceInline):
    model = Employee
    fk_name = "team"
    fields = ("full_name", "home_country")
    raw_id_fields = ("home_country",)


class TransferFromTeamInline(WorkspaceInline):
    model = Transfer
    fk_name = "from_team"
    fields = ("effective_on", "employee", "to_team")
    raw_id_fields = ("employee", "to_team")


class TransferToTeamInline(WorkspaceInline):
    model = Transfer
    fk_name = "to_team"
    fields = ("effective_on", "employee", "from_team")
    raw_id_fields = ("employee", "from_team")


class TeamAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "name",
        "headcount",
        "founded_on",
        "lead",
        "country",
        "created_by",
        "created_at",
    )
    list_filter = ("founded_on", "lead", "country")
    readonly_fields = ("headcount", "founded_on", "created_at", "updated_at")
    list_select_related = ("lead", "country", "created_by")
    raw_id_fields = ("workspace", "lead", "country", "created_by")
    inlines = (EmployeeInline, TransferFromTeamInline, TransferToTeamInline)
