from rest_framework import serializers

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.core.serializers import CurrentWorkspaceDefault, SummaryField
from apps.core.soft_delete import LiveSummaryField, SoftDeleteModelSerializer
from apps.core.uploads import PrivateFileField


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogReadSerializer(
    serializers.ModelSerializer,
):
    """CardiovascularRehabilitationProgramEnrollmentStatusChangeLog as the API returns it, related rows as ``{id, display}``."""

    attachment = PrivateFileField(read_only=True)
    owner = SummaryField(read_only=True)
    parent = LiveSummaryField(read_only=True)  # type: ignore[assignment]
    others = SummaryField(many=True, read_only=True)
    shared = SummaryField(read_only=True)
    twin = LiveSummaryField(read_only=True)

    class Meta:
        model = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
        fields = (
            "id",
            "note",
            "state",
            "attachment",
            "tags",
            "owner",
            "parent",
            "others",
            "shared",
            "twin",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogWriteSerializer(
    SoftDeleteModelSerializer,
):
    """CardiovascularRehabilitationProgramEnrollmentStatusChangeLog as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogReadSerializer
    )
    acyclic_relations = ("parent",)
    transitions = {"state": {"a": ("b",), "b": ()}}

    class Meta:
        model = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
        fields = (
            "id",
            "workspace",
            "note",
            "state",
            "attachment",
            "tags",
            "owner",
            "parent",
            "others",
            "shared",
            "twin",
        )
        read_only_fields = ("id",)
