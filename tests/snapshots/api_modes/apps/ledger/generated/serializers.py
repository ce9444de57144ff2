from rest_framework import serializers

from apps.core.serializers import CurrentWorkspaceDefault, GeneratedModelSerializer
from apps.ledger.models import Ledger


class LedgerReadSerializer(serializers.ModelSerializer):
    """Ledger as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Ledger
        fields = ("id", "title", "created_at", "updated_at")
        read_only_fields = fields


class LedgerWriteSerializer(GeneratedModelSerializer):
    """Ledger as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = LedgerReadSerializer

    class Meta:
        model = Ledger
        fields = ("id", "workspace", "title")
        read_only_fields = ("id",)
