from apps.core.testing import payload_for
from apps.group.generated.factories import GroupFactory
from apps.group.serializers import GroupSerializer


def payload(workspace) -> dict:
    """A valid request body for a new group in ``workspace``."""
    return payload_for(GroupSerializer, GroupFactory.build())
