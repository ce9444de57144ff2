from rest_framework import serializers

from apps.child.models import Child
from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)


class ChildReadSerializer(serializers.ModelSerializer):
    """Child as the API returns it, related rows as ``{id, display}``."""

    parent = SummaryField(read_only=True)  # type: ignore[assignment]

    class Meta:
        model = Child
        fields = ("id", "parent", "created_at", "updated_at")
        read_only_fields = fields


class ChildWriteSerializer(GeneratedModelSerializer):
    """Child as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = ChildReadSerializer

    class Meta:
        model = Child
        fields = ("id", "workspace", "parent")
        read_only_fields = ("id",)
