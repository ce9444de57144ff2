from apps.core.viewsets import WorkspaceScopedReadOnlyModelViewSet
from apps.report.generated.filters import ReportFilterSet
from apps.report.generated.permissions import ROLE_PERMISSIONS
from apps.report.models import Report
from apps.report.serializers import ReportSerializer


class ReportViewSetBase(WorkspaceScopedReadOnlyModelViewSet):
    """/api/v1/reports/: list and retrieve reports of the request's workspace."""

    queryset = Report.objects.select_related("ledger")
    serializer_class = ReportSerializer
    filterset_class = ReportFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
