from rest_framework import serializers

from apps.core.serializers import GeneratedModelSerializer
from apps.ward.models import Ward


class WardReadSerializer(serializers.ModelSerializer):
    """Ward as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Ward
        fields = ("id", "name", "created_at", "updated_at")
        read_only_fields = fields


class WardWriteSerializer(GeneratedModelSerializer):
    """Ward as the API accepts it: relations by id, from the same workspace."""

    read_serializer_class = WardReadSerializer

    class Meta:
        model = Ward
        fields = ("id", "name")
        read_only_fields = ("id",)
