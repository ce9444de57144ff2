from apps.core.testing import payload_for
from apps.json.generated.factories import JsonFactory
from apps.json.serializers import JsonSerializer


def payload(workspace) -> dict:
    """A valid request body for a new json in ``workspace``."""
    return payload_for(JsonSerializer, JsonFactory.build())
