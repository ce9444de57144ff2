import factory

from apps.audit_entry.models import AuditEntry
from apps.users.factories import WorkspaceFactory


class AuditEntryFactory(factory.django.DjangoModelFactory[AuditEntry]):
    """Valid audit entries."""

    workspace = factory.SubFactory(WorkspaceFactory)
    message = factory.Sequence(lambda n: f"message-{n}")

    class Meta:
        model = AuditEntry
