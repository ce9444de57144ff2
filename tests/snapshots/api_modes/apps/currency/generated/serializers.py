from rest_framework import serializers

from apps.core.serializers import GeneratedModelSerializer
from apps.currency.models import Currency


class CurrencyReadSerializer(serializers.ModelSerializer):
    """Currency as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Currency
        fields = ("id", "code", "created_at", "updated_at")
        read_only_fields = fields


class CurrencyWriteSerializer(GeneratedModelSerializer):
    """Currency as the API accepts it: relations by id, from the same workspace."""

    read_serializer_class = CurrencyReadSerializer

    class Meta:
        model = Currency
        fields = ("id", "code")
        read_only_fields = ("id",)
