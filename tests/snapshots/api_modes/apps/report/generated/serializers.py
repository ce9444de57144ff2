from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.report.models import Report


class ReportReadSerializer(serializers.ModelSerializer):
    """Report as the API returns it, related rows as ``{id, display}``."""

    ledger = SummaryField(read_only=True)

    class Meta:
        model = Report
        fields = ("id", "title", "ledger", "created_at", "updated_at")
        read_only_fields = fields


class ReportWriteSerializer(GeneratedModelSerializer):
    """Report as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = ReportReadSerializer

    class Meta:
        model = Report
        fields = ("id", "workspace", "title", "ledger")
        read_only_fields = ("id",)
