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
    created_by = SummaryField(read_only=True)

    class Meta:
        model = Team
        fields = (
            "id",
            "name",
            "headcount",
            "founded_on",
            "lead",
            "country",
            "created_by",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class TeamWriteSerializer(GeneratedModelSerializer):
    """Team as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    created_by = serializers.HiddenField(
        default=serializers.CreateOnlyDefault(serializers.CurrentUserDefault()),
    )

    read_serializer_class = TeamReadSerializer

    class Meta:
        model = Team
        fields = (
            "id",
            "workspace",
            "name",
            "headcount",
            "founded_on",
            "lead",
            "country",
            "created_by",
        )
        read_only_fields = ("id", "headcount", "founded_on")
