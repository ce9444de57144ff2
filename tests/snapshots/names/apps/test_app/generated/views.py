from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.test_app.generated.filters import TestFilterSet
from apps.test_app.generated.permissions import ROLE_PERMISSIONS
from apps.test_app.models import Test
from apps.test_app.serializers import TestSerializer


class TestViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/tests/: list, retrieve, create, update and delete tests of the request's workspace."""

    queryset = Test.objects.all()
    serializer_class = TestSerializer
    filterset_class = TestFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("format", "search")
    ordering_fields = ("ordering", "created_at", "updated_at")
