from rest_framework import serializers

from apps.booking.models import Booking
from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer


class BookingReadSerializer(serializers.ModelSerializer):
    """Booking as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Booking
        fields = (
            "id",
            "starts_on",
            "due_on",
            "min_guests",
            "max_guests",
            "price",
            "discount",
            "opens_at",
            "closes_at",
            "code",
            "stage",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class BookingWriteSerializer(GeneratedModelSerializer):
    """Booking as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = BookingReadSerializer
    rules = (
        ("starts_on", "booking_starts_on_lte_due_on_check"),
        ("starts_on", "booking_starts_on_gte_2020_01_01_check"),
        ("min_guests", "booking_min_guests_lt_max_guests_check"),
        ("discount", "booking_discount_lt_price_check"),
        ("price", "booking_price_gt_0_check"),
        ("closes_at", "booking_closes_at_gt_opens_at_check"),
        ("code", "booking_code_ne_none_check"),
        ("stage", "booking_stage_ne_closed_check"),
    )

    class Meta:
        model = Booking
        fields = (
            "id",
            "workspace",
            "starts_on",
            "due_on",
            "min_guests",
            "max_guests",
            "price",
            "discount",
            "opens_at",
            "closes_at",
            "code",
            "stage",
        )
        read_only_fields = ("id",)
