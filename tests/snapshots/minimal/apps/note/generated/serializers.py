from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.note.models import Note


class NoteReadSerializer(serializers.ModelSerializer):
    """Note as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Note
        fields = ("id", "title", "body", "created_at", "updated_at")
        read_only_fields = fields


class NoteWriteSerializer(GeneratedModelSerializer):
    """Note as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = NoteReadSerializer

    class Meta:
        model = Note
        fields = ("id", "workspace", "title", "body")
        read_only_fields = ("id",)
