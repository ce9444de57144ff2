from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.core.uploads import PrivateFileField
from apps.task.models import Task


class TaskReadSerializer(serializers.ModelSerializer):
    """Task as the API returns it, related rows as ``{id, display}``."""

    attachment = PrivateFileField(read_only=True)
    project = SummaryField(read_only=True)
    assignee = SummaryField(read_only=True)
    reporter = SummaryField(read_only=True)
    parent = SummaryField(read_only=True)  # type: ignore[assignment]
    labels = SummaryField(many=True, read_only=True)

    class Meta:
        model = Task
        fields = (
            "id",
            "title",
            "description",
            "status",
            "priority",
            "estimate_hours",
            "due_at",
            "is_billable",
            "tags",
            "external_id",
            "time_spent",
            "metadata",
            "attachment",
            "project",
            "assignee",
            "reporter",
            "parent",
            "labels",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class TaskWriteSerializer(GeneratedModelSerializer):
    """Task as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = TaskReadSerializer
    acyclic_relations = ("parent",)
    transitions = {
        "status": {
            "todo": ("in_progress",),
            "in_progress": ("blocked", "done", "todo"),
            "blocked": ("in_progress",),
            "done": ("in_progress",),
        },
    }

    class Meta:
        model = Task
        fields = (
            "id",
            "workspace",
            "title",
            "description",
            "status",
            "priority",
            "estimate_hours",
            "due_at",
            "is_billable",
            "tags",
            "external_id",
            "time_spent",
            "metadata",
            "attachment",
            "project",
            "assignee",
            "reporter",
            "parent",
            "labels",
        )
        read_only_fields = ("id",)
