from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.team.models import Team


class TeamReadSerializer(serializers.ModelSerializer):
    """Team as the API returns it, related rows as ``{id, display}``."""

    lead = SummaryField(read_only=True)
    country = SummaryField(read_only=True)

    class Meta:
        model = Team
        fields = ("id", "name", "lead", "country", "created_at", "updated_at")
        read_only_fields = fields


class TeamWriteSerializer(GeneratedModelSerializer):
    """Team as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = TeamReadSerializer

    class Meta:
        model = Team
        fields = ("id", "workspace", "name", "lead", "country")
        read_only_fields = ("id",)
