from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.status.generated.filters import StatusFilterSet
from apps.status.generated.permissions import ROLE_PERMISSIONS
from apps.status.models import Status
from apps.status.serializers import StatusSerializer


class StatusViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/statuses/: list, retrieve, create, update and delete statuses of the request's workspace."""

    queryset = Status.objects.all()
    serializer_class = StatusSerializer
    filterset_class = StatusFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
