from rest_framework import serializers

from apps.case_note.models import CaseNote
from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)


class CaseNoteReadSerializer(serializers.ModelSerializer):
    """CaseNote as the API returns it, related rows as ``{id, display}``."""

    shift = SummaryField(read_only=True)
    author = SummaryField(read_only=True)

    class Meta:
        model = CaseNote
        fields = ("id", "summary", "shift", "author", "created_at", "updated_at")
        read_only_fields = fields


class CaseNoteWriteSerializer(GeneratedModelSerializer):
    """CaseNote as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    author = serializers.HiddenField(
        default=serializers.CreateOnlyDefault(serializers.CurrentUserDefault()),
    )

    read_serializer_class = CaseNoteReadSerializer

    class Meta:
        model = CaseNote
        fields = ("id", "workspace", "summary", "shift", "author")
        read_only_fields = ("id",)
