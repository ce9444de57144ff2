from rest_framework import serializers

from apps.another_extremely_long_entity_name.models import (
    AnotherExtremelyLongEntityName,
)
from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer


class AnotherExtremelyLongEntityNameReadSerializer(serializers.ModelSerializer):
    """AnotherExtremelyLongEntityName as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = AnotherExtremelyLongEntityName
        fields = ("id", "title", "created_at", "updated_at")
        read_only_fields = fields


class AnotherExtremelyLongEntityNameWriteSerializer(GeneratedModelSerializer):
    """AnotherExtremelyLongEntityName as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = AnotherExtremelyLongEntityNameReadSerializer

    class Meta:
        model = AnotherExtremelyLongEntityName
        fields = ("id", "workspace", "title")
        read_only_fields = ("id",)
