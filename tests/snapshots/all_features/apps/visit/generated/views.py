from apps.audit.mixins import AuditedViewSetMixin
from apps.core.etags import ETagViewSetMixin
from apps.core.soft_delete import SoftDeleteViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.visit.generated.filters import VisitFilterSet
from apps.visit.generated.permissions import ROLE_PERMISSIONS
from apps.visit.models import Visit
from apps.visit.serializers import VisitSerializer


class VisitViewSetBase(
    ETagViewSetMixin,
    AuditedViewSetMixin,
    SoftDeleteViewSetMixin,
    WorkspaceScopedModelViewSet,
):
    """/api/v1/visits/: list, retrieve, create, update and delete visits of the request's workspace."""

    queryset = Visit.objects.select_related("patient", "referrer")
    serializer_class = VisitSerializer
    filterset_class = VisitFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("reason",)
    ordering_fields = ("starts_at", "created_at", "updated_at")
