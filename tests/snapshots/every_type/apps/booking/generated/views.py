from apps.booking.generated.filters import BookingFilterSet
from apps.booking.generated.permissions import ROLE_PERMISSIONS
from apps.booking.models import Booking
from apps.booking.serializers import BookingSerializer
from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet


class BookingViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/bookings/: list, retrieve, create, update and delete bookings of the request's workspace."""

    queryset = Booking.objects.all()
    serializer_class = BookingSerializer
    filterset_class = BookingFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
