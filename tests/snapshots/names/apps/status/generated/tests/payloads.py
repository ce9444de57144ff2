from apps.core.testing import payload_for
from apps.status.generated.factories import StatusFactory
from apps.status.serializers import StatusSerializer


def payload(workspace) -> dict:
    """A valid request body for a new status in ``workspace``."""
    return payload_for(StatusSerializer, StatusFactory.build())
