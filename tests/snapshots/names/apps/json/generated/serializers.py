from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.json.models import Json


class JsonReadSerializer(serializers.ModelSerializer):
    """Json as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Json
        fields = ("id", "payload", "created_at", "updated_at")
        read_only_fields = fields


class JsonWriteSerializer(GeneratedModelSerializer):
    """Json as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = JsonReadSerializer

    class Meta:
        model = Json
        fields = ("id", "workspace", "payload")
        read_only_fields = ("id",)
