from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.transfer.models import Transfer


class TransferReadSerializer(serializers.ModelSerializer):
    """Transfer as the API returns it, related rows as ``{id, display}``."""

    employee = SummaryField(read_only=True)
    from_team = SummaryField(read_only=True)
    to_team = SummaryField(read_only=True)

    class Meta:
        model = Transfer
        fields = (
            "id",
            "effective_on",
            "employee",
            "from_team",
            "to_team",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class TransferWriteSerializer(GeneratedModelSerializer):
    """Transfer as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = TransferReadSerializer

    class Meta:
        model = Transfer
        fields = ("id", "workspace", "effective_on", "employee", "from_team", "to_team")
        read_only_fields = ("id",)
