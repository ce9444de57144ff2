from apps.core.admin import GeneratedModelAdmin, WorkspaceInline
from apps.task.models import Task


class TaskInline(WorkspaceInline):
    model = Task
    fk_name = "project"
    fields = ("title",)


class ProjectAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "name",
        "code",
        "status",
        "budget",
        "starts_on",
        "lead",
        "created_at",
    )
    search_fields = ("name", "summary")
    list_filter = ("status", "starts_on", "due_on", "lead")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("lead",)
    raw_id_fields = ("workspace", "lead")
    inlines = (TaskInline,)
