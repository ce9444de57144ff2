from apps.comment.models import Comment
from apps.core.admin import GeneratedModelAdmin, WorkspaceInline


class CommentInline(WorkspaceInline):
    model = Comment
    fk_name = "task"
    fields = ("body", "author")
    raw_id_fields = ("author",)


class TaskAdminBase(GeneratedModelAdmin):
    list_display = (
        "id",
        "title",
        "status",
        "priority",
        "estimate_hours",
        "due_at",
        "project",
        "created_at",
    )
    search_fields = ("title", "description")
    list_filter = ("status", "due_at", "is_billable", "project", "assignee")
    readonly_fields = ("created_at", "updated_at")
    list_select_related = ("project", "assignee", "reporter", "parent")
    raw_id_fields = ("workspace", "project", "assignee", "reporter", "parent", "labels")
    inlines = (CommentInline,)
