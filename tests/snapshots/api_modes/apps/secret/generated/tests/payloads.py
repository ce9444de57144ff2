from apps.core.testing import payload_for
from apps.secret.generated.factories import SecretFactory
from apps.secret.serializers import SecretSerializer


def payload(workspace) -> dict:
    """A valid request body for a new secret in ``workspace``."""
    return payload_for(SecretSerializer, SecretFactory.build())
