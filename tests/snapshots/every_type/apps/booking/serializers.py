"""Booking serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/booking/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.booking.generated.serializers import BookingWriteSerializer


class BookingSerializer(BookingWriteSerializer):
    """Validates booking input; responds with BookingReadSerializer."""
