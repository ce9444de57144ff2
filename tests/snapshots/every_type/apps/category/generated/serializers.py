from rest_framework import serializers

from apps.category.models import Category
from apps.core.serializers import GeneratedModelSerializer


class CategoryReadSerializer(serializers.ModelSerializer):
    """Category as the API returns it, related rows as ``{id, display}``."""

    class Meta:
        model = Category
        fields = ("id", "name", "created_at", "updated_at")
        read_only_fields = fields


class CategoryWriteSerializer(GeneratedModelSerializer):
    """Category as the API accepts it: relations by id, from the same workspace."""

    read_serializer_class = CategoryReadSerializer

    class Meta:
        model = Category
        fields = ("id", "name")
        read_only_fields = ("id",)
