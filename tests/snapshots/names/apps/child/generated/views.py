from apps.child.generated.filters import ChildFilterSet
from apps.child.generated.permissions import ROLE_PERMISSIONS
from apps.child.models import Child
from apps.child.serializers import ChildSerializer
from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet


class ChildViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/children/: list, retrieve, create, update and delete children of the request's workspace."""

    queryset = Child.objects.select_related("parent")
    serializer_class = ChildSerializer
    filterset_class = ChildFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
