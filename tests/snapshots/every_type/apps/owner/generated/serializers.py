from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.owner.models import Owner


class OwnerReadSerializer(serializers.ModelSerializer):
    """Owner as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Owner
        fields = ("id", "name", "created_at", "updated_at")
        read_only_fields = fields


class OwnerWriteSerializer(GeneratedModelSerializer):
    """Owner as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = OwnerReadSerializer

    class Meta:
        model = Owner
        fields = ("id", "workspace", "name")
        read_only_fields = ("id",)
