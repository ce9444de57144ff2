"""AuditEntry API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/audit_entry/generated/views.py.
"""

from apps.audit_entry.generated.views import AuditEntryViewSetBase


class AuditEntryViewSet(AuditEntryViewSetBase):
    """/api/v1/audit-entries/"""
