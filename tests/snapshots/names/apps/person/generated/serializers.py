from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.person.models import Person


class PersonReadSerializer(serializers.ModelSerializer):
    """Person as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Person
        fields = ("id", "name", "created_at", "updated_at")
        read_only_fields = fields


class PersonWriteSerializer(GeneratedModelSerializer):
    """Person as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = PersonReadSerializer

    class Meta:
        model = Person
        fields = ("id", "workspace", "name")
        read_only_fields = ("id",)
