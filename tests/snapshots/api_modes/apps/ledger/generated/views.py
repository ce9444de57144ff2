from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.ledger.generated.filters import LedgerFilterSet
from apps.ledger.generated.permissions import ROLE_PERMISSIONS
from apps.ledger.models import Ledger
from apps.ledger.serializers import LedgerSerializer


class LedgerViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/ledgers/: list, retrieve, create, update and delete ledgers of the request's workspace."""

    queryset = Ledger.objects.all()
    serializer_class = LedgerSerializer
    filterset_class = LedgerFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
