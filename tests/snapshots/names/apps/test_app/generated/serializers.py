from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.test_app.models import Test


class TestReadSerializer(serializers.ModelSerializer):
    """Test as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Test
        fields = (
            "id",
            "format",
            "page",
            "search",
            "ordering",
            "page_size",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class TestWriteSerializer(GeneratedModelSerializer):
    """Test as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = TestReadSerializer

    class Meta:
        model = Test
        fields = (
            "id",
            "workspace",
            "format",
            "page",
            "search",
            "ordering",
            "page_size",
        )
        read_only_fields = ("id",)
