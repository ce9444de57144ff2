from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.status.models import Status


class StatusReadSerializer(serializers.ModelSerializer):
    """Status as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Status
        fields = ("id", "value", "created_at", "updated_at")
        read_only_fields = fields


class StatusWriteSerializer(GeneratedModelSerializer):
    """Status as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = StatusReadSerializer

    class Meta:
        model = Status
        fields = ("id", "workspace", "value")
        read_only_fields = ("id",)
