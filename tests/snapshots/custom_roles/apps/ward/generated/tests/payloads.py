from apps.core.testing import payload_for
from apps.ward.generated.factories import WardFactory
from apps.ward.serializers import WardSerializer


def payload(workspace) -> dict:
    """A valid request body for a new ward in ``workspace``."""
    return payload_for(WardSerializer, WardFactory.build())
