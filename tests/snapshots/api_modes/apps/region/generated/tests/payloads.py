from apps.core.testing import payload_for
from apps.region.generated.factories import RegionFactory
from apps.region.serializers import RegionSerializer


def payload(workspace) -> dict:
    """A valid request body for a new region in ``workspace``."""
    return payload_for(RegionSerializer, RegionFactory.build())
