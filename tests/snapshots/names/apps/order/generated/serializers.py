from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.order.models import Order


class OrderReadSerializer(serializers.ModelSerializer):
    """Order as the API returns it, related rows as ``{id, display}``."""

    user = SummaryField(read_only=True)
    where = SummaryField(read_only=True)

    class Meta:
        model = Order
        fields = (
            "id",
            "select",
            "group",
            "table",
            "type",
            "json",
            "list",
            "time",
            "date",
            "values",
            "user_id_text",
            "user",
            "where",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class OrderWriteSerializer(GeneratedModelSerializer):
    """Order as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = OrderReadSerializer

    class Meta:
        model = Order
        fields = (
            "id",
            "workspace",
            "select",
            "group",
            "table",
            "type",
            "json",
            "list",
            "time",
            "date",
            "values",
            "user_id_text",
            "user",
            "where",
        )
        read_only_fields = ("id",)
