"""Booking API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/booking/generated/views.py.
"""

from apps.booking.generated.views import BookingViewSetBase


class BookingViewSet(BookingViewSetBase):
    """/api/v1/bookings/"""
