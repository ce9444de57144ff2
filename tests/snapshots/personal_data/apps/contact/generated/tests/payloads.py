from apps.contact.generated.factories import ContactFactory
from apps.contact.serializers import ContactSerializer
from apps.core.testing import payload_for


def payload(workspace) -> dict:
    """A valid request body for a new contact in ``workspace``."""
    return payload_for(ContactSerializer, ContactFactory.build())
