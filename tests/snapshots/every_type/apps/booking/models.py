"""Booking: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/booking/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend BookingBase.Meta.
"""

from apps.booking.generated.models import BookingBase


class Booking(BookingBase):
    """Fields that rules compare, with each other and with constants."""
