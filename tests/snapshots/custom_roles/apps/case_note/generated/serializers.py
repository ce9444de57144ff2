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

    class Meta:
        model = CaseNote
        fields = ("id", "summary", "shift", "created_at", "updated_at")
        read_only_fields = fields


class CaseNoteWriteSerializer(GeneratedModelSerializer):
    """CaseNote as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = CaseNoteReadSerializer

    class Meta:
        model = CaseNote
        fields = ("id", "workspace", "summary", "shift")
        read_only_fields = ("id",)
