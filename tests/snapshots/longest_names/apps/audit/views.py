from apps.audit.filters import AuditLogFilterSet
from apps.audit.models import AuditLog
from apps.audit.serializers import AuditLogSerializer
from apps.core.viewsets import WorkspaceScopedReadOnlyModelViewSet
from apps.users.roles import MANAGER_ROLES


class AuditLogViewSet(WorkspaceScopedReadOnlyModelViewSet):
    """/api/v1/audit-log/: the active workspace's audit log, for its managers."""

    queryset = AuditLog.objects.select_related("content_type", "actor")
    serializer_class = AuditLogSerializer
    filterset_class = AuditLogFilterSet
    role_permissions = {"list": MANAGER_ROLES, "retrieve": MANAGER_ROLES}
    ordering_fields = ("created_at",)
