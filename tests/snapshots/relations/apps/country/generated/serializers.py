from rest_framework import serializers

from apps.core.serializers import GeneratedModelSerializer
from apps.country.models import Country


class CountryReadSerializer(serializers.ModelSerializer):
    """Country as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Country
        fields = ("id", "code", "name", "created_at", "updated_at")
        read_only_fields = fields


class CountryWriteSerializer(GeneratedModelSerializer):
    """Country as the API accepts it: relations by id, from the same workspace."""

    read_serializer_class = CountryReadSerializer

    class Meta:
        model = Country
        fields = ("id", "code", "name")
        read_only_fields = ("id",)
