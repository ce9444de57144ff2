from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, SummaryField
from apps.core.soft_delete import LiveSummaryField, SoftDeleteModelSerializer
from apps.note.models import Note


class NoteReadSerializer(serializers.ModelSerializer):
    """Note as the API returns it, related rows as ``{id, display}``."""

    visit = LiveSummaryField(read_only=True)
    author = SummaryField(read_only=True)

    class Meta:
        model = Note
        fields = (
            "id",
            "body",
            "tags",
            "assessment",
            "visit",
            "author",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class NoteWriteSerializer(SoftDeleteModelSerializer):
    """Note as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = NoteReadSerializer

    class Meta:
        model = Note
        fields = ("id", "workspace", "body", "tags", "assessment", "visit", "author")
        read_only_fields = ("id",)
