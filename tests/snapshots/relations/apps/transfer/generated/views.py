from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.transfer.generated.filters import TransferFilterSet
from apps.transfer.generated.permissions import ROLE_PERMISSIONS
from apps.transfer.models import Transfer
from apps.transfer.serializers import TransferSerializer


class TransferViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/transfers/: list, retrieve, create, update and delete transfers of the request's workspace."""

    queryset = Transfer.objects.select_related("employee", "from_team", "to_team")
    serializer_class = TransferSerializer
    filterset_class = TransferFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("effective_on", "created_at", "updated_at")
