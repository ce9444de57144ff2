from rest_framework import serializers

from apps.contact.models import Contact
from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer


class ContactReadSerializer(serializers.ModelSerializer):
    """Contact as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Contact
        fields = ("id", "email", "created_at", "updated_at")
        read_only_fields = fields


class ContactWriteSerializer(GeneratedModelSerializer):
    """Contact as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = ContactReadSerializer

    class Meta:
        model = Contact
        fields = ("id", "workspace", "email")
        read_only_fields = ("id",)
