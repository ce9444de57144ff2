from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.group.models import Group


class GroupReadSerializer(serializers.ModelSerializer):
    """Group as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Group
        fields = ("id", "name", "default", "created_at", "updated_at")
        read_only_fields = fields


class GroupWriteSerializer(GeneratedModelSerializer):
    """Group as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = GroupReadSerializer

    class Meta:
        model = Group
        fields = ("id", "workspace", "name", "default")
        read_only_fields = ("id",)
