from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.shift.generated.filters import ShiftFilterSet
from apps.shift.generated.permissions import (
    OWN_ROLE_PERMISSIONS,
    OWNER_FIELD,
    ROLE_PERMISSIONS,
)
from apps.shift.models import Shift
from apps.shift.serializers import ShiftSerializer


class ShiftViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/shifts/: list, retrieve, create, update and delete shifts of the request's workspace."""

    queryset = Shift.objects.select_related("ward", "clinician")
    serializer_class = ShiftSerializer
    filterset_class = ShiftFilterSet
    role_permissions = ROLE_PERMISSIONS
    owner_field = OWNER_FIELD
    own_role_permissions = OWN_ROLE_PERMISSIONS
    ordering_fields = ("starts_at", "created_at", "updated_at")
