from apps.booking.models import Booking
from apps.core.filters import FilterSet


class BookingFilterSet(FilterSet):
    """Query parameters of GET /api/v1/bookings/ from the genome's ``filter`` flags."""

    class Meta:
        model = Booking
        fields = ()
