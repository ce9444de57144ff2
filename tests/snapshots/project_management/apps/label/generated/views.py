from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.label.generated.filters import LabelFilterSet
from apps.label.generated.permissions import ROLE_PERMISSIONS
from apps.label.models import Label
from apps.label.serializers import LabelSerializer


class LabelViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/labels/: list, retrieve, create, update and delete labels of the request's workspace."""

    queryset = Label.objects.all()
    serializer_class = LabelSerializer
    filterset_class = LabelFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("name",)
    ordering_fields = ("name", "created_at", "updated_at")
