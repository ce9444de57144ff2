from apps.analysis.generated.filters import AnalysisFilterSet
from apps.analysis.generated.permissions import ROLE_PERMISSIONS
from apps.analysis.models import Analysis
from apps.analysis.serializers import AnalysisSerializer
from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet


class AnalysisViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/analyses/: list, retrieve, create, update and delete analyses of the request's workspace."""

    queryset = Analysis.objects.all()
    serializer_class = AnalysisSerializer
    filterset_class = AnalysisFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
