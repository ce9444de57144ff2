"""AuditEntry: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/audit_entry/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend AuditEntryBase.Meta.
"""

from apps.audit_entry.generated.models import AuditEntryBase


class AuditEntry(AuditEntryBase):
    """Audit entry."""
