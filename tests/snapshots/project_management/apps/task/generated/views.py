from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.task.generated.filters import TaskFilterSet
from apps.task.generated.permissions import ROLE_PERMISSIONS
from apps.task.models import Task
from apps.task.serializers import TaskSerializer


class TaskViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/tasks/: list, retrieve, create, update and delete tasks of the request's workspace."""

    queryset = Task.objects.select_related(
        "project",
        "assignee",
        "reporter",
        "parent",
    ).prefetch_related("labels")
    serializer_class = TaskSerializer
    filterset_class = TaskFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("title", "description")
    ordering_fields = (
        "title",
        "status",
        "priority",
        "due_at",
        "created_at",
        "updated_at",
    )
