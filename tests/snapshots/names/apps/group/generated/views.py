from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.group.generated.filters import GroupFilterSet
from apps.group.generated.permissions import ROLE_PERMISSIONS
from apps.group.models import Group
from apps.group.serializers import GroupSerializer


class GroupViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/groups/: list, retrieve, create, update and delete groups of the request's workspace."""

    queryset = Group.objects.all()
    serializer_class = GroupSerializer
    filterset_class = GroupFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
