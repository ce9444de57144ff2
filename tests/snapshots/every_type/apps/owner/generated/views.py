from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.owner.generated.filters import OwnerFilterSet
from apps.owner.generated.permissions import ROLE_PERMISSIONS
from apps.owner.models import Owner
from apps.owner.serializers import OwnerSerializer


class OwnerViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/owners/: list, retrieve, create, update and delete owners of the request's workspace."""

    queryset = Owner.objects.all()
    serializer_class = OwnerSerializer
    filterset_class = OwnerFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
