from rest_framework import serializers

from apps.analysis.models import Analysis
from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer


class AnalysisReadSerializer(serializers.ModelSerializer):
    """Analysis as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Analysis
        fields = ("id", "summary", "created_at", "updated_at")
        read_only_fields = fields


class AnalysisWriteSerializer(GeneratedModelSerializer):
    """Analysis as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = AnalysisReadSerializer

    class Meta:
        model = Analysis
        fields = ("id", "workspace", "summary")
        read_only_fields = ("id",)
