from apps.core.testing import payload_for
from apps.person.generated.factories import PersonFactory
from apps.person.serializers import PersonSerializer


def payload(workspace) -> dict:
    """A valid request body for a new person in ``workspace``."""
    return payload_for(PersonSerializer, PersonFactory.build())
