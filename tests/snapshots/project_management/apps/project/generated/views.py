from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.project.generated.filters import ProjectFilterSet
from apps.project.generated.permissions import ROLE_PERMISSIONS
from apps.project.models import Project
from apps.project.serializers import ProjectSerializer


class ProjectViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/projects/: list, retrieve, create, update and delete projects of the request's workspace."""

    queryset = Project.objects.select_related("lead")
    serializer_class = ProjectSerializer
    filterset_class = ProjectFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("name", "summary")
    ordering_fields = (
        "name",
        "status",
        "budget",
        "starts_on",
        "due_on",
        "created_at",
        "updated_at",
    )
