from apps.core.testing import member_of, payload_for
from apps.group.generated.factories import GroupFactory
from apps.order.generated.factories import OrderFactory
from apps.order.serializers import OrderSerializer


def payload(workspace) -> dict:
    """A valid request body for a new order in ``workspace``."""
    return payload_for(
        OrderSerializer,
        OrderFactory.build(),
        user=member_of(workspace),
        where=GroupFactory.create(workspace=workspace),
    )
