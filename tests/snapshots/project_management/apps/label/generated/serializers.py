from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.label.models import Label


class LabelReadSerializer(serializers.ModelSerializer):
    """Label as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Label
        fields = ("id", "name", "color", "created_at", "updated_at")
        read_only_fields = fields


class LabelWriteSerializer(GeneratedModelSerializer):
    """Label as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = LabelReadSerializer

    class Meta:
        model = Label
        fields = ("id", "workspace", "name", "color")
        read_only_fields = ("id",)
