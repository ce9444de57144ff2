"""AuditEntry serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/audit_entry/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.audit_entry.generated.serializers import AuditEntryWriteSerializer


class AuditEntrySerializer(AuditEntryWriteSerializer):
    """Validates audit entry input; responds with AuditEntryReadSerializer."""
