from apps.booking.generated.factories import BookingFactory
from apps.booking.serializers import BookingSerializer
from apps.core.testing import payload_for


def payload(workspace) -> dict:
    """A valid request body for a new booking in ``workspace``."""
    return payload_for(BookingSerializer, BookingFactory.build())
