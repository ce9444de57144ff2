from rest_framework import serializers

from apps.core.serializers import GeneratedModelSerializer
from apps.region.models import Region


class RegionReadSerializer(serializers.ModelSerializer):
    """Region as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Region
        fields = ("id", "name", "created_at", "updated_at")
        read_only_fields = fields


class RegionWriteSerializer(GeneratedModelSerializer):
    """Region as the API accepts it: relations by id, from the same workspace."""

    read_serializer_class = RegionReadSerializer

    class Meta:
        model = Region
        fields = ("id", "name")
        read_only_fields = ("id",)
