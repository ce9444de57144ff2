"""Booking admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.booking.generated.admin import BookingAdminBase
from apps.booking.models import Booking


@admin.register(Booking)
class BookingAdmin(BookingAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
