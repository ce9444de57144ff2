from apps.audit_entry.models import AuditEntry
from apps.core.filters import FilterSet


class AuditEntryFilterSet(FilterSet):
    """Query parameters of GET /api/v1/audit-entries/ from the genome's ``filter`` flags."""

    class Meta:
        model = AuditEntry
        fields = ()
