from apps.audit_entry.generated.factories import AuditEntryFactory
from apps.audit_entry.serializers import AuditEntrySerializer
from apps.core.testing import payload_for


def payload(workspace) -> dict:
    """A valid request body for a new audit entry in ``workspace``."""
    return payload_for(AuditEntrySerializer, AuditEntryFactory.build())
