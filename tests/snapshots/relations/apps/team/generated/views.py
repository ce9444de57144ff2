from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.team.generated.filters import TeamFilterSet
from apps.team.generated.permissions import ROLE_PERMISSIONS
from apps.team.models import Team
from apps.team.serializers import TeamSerializer


class TeamViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/teams/: list, retrieve, create, update and delete teams of the request's workspace."""

    queryset = Team.objects.select_related("lead", "country", "created_by")
    serializer_class = TeamSerializer
    filterset_class = TeamFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("founded_on", "created_at", "updated_at")
