from apps.another_extremely_long_entity_name.generated.filters import (
    AnotherExtremelyLongEntityNameFilterSet,
)
from apps.another_extremely_long_entity_name.generated.permissions import (
    ROLE_PERMISSIONS,
)
from apps.another_extremely_long_entity_name.models import (
    AnotherExtremelyLongEntityName,
)
from apps.another_extremely_long_entity_name.serializers import (
    AnotherExtremelyLongEntityNameSerializer,
)
from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet


class AnotherExtremelyLongEntityNameViewSetBase(
    ETagViewSetMixin,
    WorkspaceScopedModelViewSet,
):
    """/api/v1/another-extremely-long-entity-names/: list, retrieve, create, update and delete another extremely long entity names of the request's workspace."""

    queryset = AnotherExtremelyLongEntityName.objects.all()
    serializer_class = AnotherExtremelyLongEntityNameSerializer
    filterset_class = AnotherExtremelyLongEntityNameFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("title",)
    ordering_fields = ("title", "created_at", "updated_at")
