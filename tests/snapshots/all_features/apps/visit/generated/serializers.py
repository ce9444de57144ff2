from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault
from apps.core.soft_delete import LiveSummaryField, SoftDeleteModelSerializer
from apps.visit.models import Visit


class VisitReadSerializer(serializers.ModelSerializer):
    """Visit as the API returns it, related rows as ``{id, display}``."""

    patient = LiveSummaryField(read_only=True)
    referrer = LiveSummaryField(read_only=True)

    class Meta:
        model = Visit
        fields = (
            "id",
            "starts_at",
            "reason",
            "status",
            "fee",
            "patient",
            "referrer",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class VisitWriteSerializer(SoftDeleteModelSerializer):
    """Visit as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = VisitReadSerializer
    transitions = {
        "status": {
            "booked": ("attended", "missed"),
            "attended": (),
            "missed": ("booked",),
        },
    }

    class Meta:
        model = Visit
        fields = (
            "id",
            "workspace",
            "starts_at",
            "reason",
            "status",
            "fee",
            "patient",
            "referrer",
        )
        read_only_fields = ("id",)
