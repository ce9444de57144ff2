from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.project.models import Project


class ProjectReadSerializer(serializers.ModelSerializer):
    """Project as the API returns it, related rows as ``{id, display}``."""

    lead = SummaryField(read_only=True)

    class Meta:
        model = Project
        fields = (
            "id",
            "name",
            "code",
            "summary",
            "status",
            "budget",
            "starts_on",
            "due_on",
            "website",
            "lead",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class ProjectWriteSerializer(GeneratedModelSerializer):
    """Project as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = ProjectReadSerializer
    rules = (("starts_on", "project_starts_on_lte_due_on_check"),)

    class Meta:
        model = Project
        fields = (
            "id",
            "workspace",
            "name",
            "code",
            "summary",
            "status",
            "budget",
            "starts_on",
            "due_on",
            "website",
            "lead",
        )
        read_only_fields = ("id",)
