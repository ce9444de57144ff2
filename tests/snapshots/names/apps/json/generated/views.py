from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.json.generated.filters import JsonFilterSet
from apps.json.generated.permissions import ROLE_PERMISSIONS
from apps.json.models import Json
from apps.json.serializers import JsonSerializer


class JsonViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/jsons/: list, retrieve, create, update and delete jsons of the request's workspace."""

    queryset = Json.objects.all()
    serializer_class = JsonSerializer
    filterset_class = JsonFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
