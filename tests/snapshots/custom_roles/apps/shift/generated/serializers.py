from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.shift.models import Shift


class ShiftReadSerializer(serializers.ModelSerializer):
    """Shift as the API returns it, related rows as ``{id, display}``."""

    ward = SummaryField(read_only=True)
    clinician = SummaryField(read_only=True)

    class Meta:
        model = Shift
        fields = (
            "id",
            "starts_at",
            "hours",
            "ward",
            "clinician",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class ShiftWriteSerializer(GeneratedModelSerializer):
    """Shift as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = ShiftReadSerializer

    class Meta:
        model = Shift
        fields = ("id", "workspace", "starts_at", "hours", "ward", "clinician")
        read_only_fields = ("id",)
