from apps.core.testing import payload_for
from apps.owner.generated.factories import OwnerFactory
from apps.owner.serializers import OwnerSerializer


def payload(workspace) -> dict:
    """A valid request body for a new owner in ``workspace``."""
    return payload_for(OwnerSerializer, OwnerFactory.build())
