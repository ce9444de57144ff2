from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.secret.models import Secret


class SecretReadSerializer(serializers.ModelSerializer):
    """Secret as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Secret
        fields = ("id", "value", "created_at", "updated_at")
        read_only_fields = fields


class SecretWriteSerializer(GeneratedModelSerializer):
    """Secret as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = SecretReadSerializer

    class Meta:
        model = Secret
        fields = ("id", "workspace", "value")
        read_only_fields = ("id",)
