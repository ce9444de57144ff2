from apps.audit_entry.generated.filters import AuditEntryFilterSet
from apps.audit_entry.generated.permissions import ROLE_PERMISSIONS
from apps.audit_entry.models import AuditEntry
from apps.audit_entry.serializers import AuditEntrySerializer
from apps.core.viewsets import WorkspaceScopedReadOnlyModelViewSet


class AuditEntryViewSetBase(WorkspaceScopedReadOnlyModelViewSet):
    """/api/v1/audit-entries/: list and retrieve audit entries of the request's workspace."""

    queryset = AuditEntry.objects.all()
    serializer_class = AuditEntrySerializer
    filterset_class = AuditEntryFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
