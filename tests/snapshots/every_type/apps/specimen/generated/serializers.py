from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.core.uploads import PrivateFileField
from apps.specimen.models import Specimen


class SpecimenReadSerializer(serializers.ModelSerializer):
    """Specimen as the API returns it, related rows as ``{id, display}``."""

    document = PrivateFileField(read_only=True)
    photo = PrivateFileField(read_only=True)
    category = SummaryField(read_only=True)
    owner = SummaryField(read_only=True)
    keeper = SummaryField(read_only=True)
    curator = SummaryField(read_only=True)
    reviewers = SummaryField(many=True, read_only=True)
    twin = SummaryField(read_only=True)
    parent = SummaryField(read_only=True)  # type: ignore[assignment]
    related = SummaryField(many=True, read_only=True)
    owners = SummaryField(many=True, read_only=True)

    class Meta:
        model = Specimen
        fields = (
            "id",
            "label",
            "notes",
            "handle",
            "contact",
            "homepage",
            "reference",
            "last_login_ip",
            "count",
            "population",
            "price",
            "ratio",
            "active",
            "born_on",
            "seen_at",
            "opens_at",
            "lasts",
            "stage",
            "tags",
            "scores",
            "extra",
            "document",
            "photo",
            "heart_rate",
            "category",
            "owner",
            "keeper",
            "curator",
            "reviewers",
            "twin",
            "parent",
            "related",
            "owners",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class SpecimenWriteSerializer(GeneratedModelSerializer):
    """Specimen as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = SpecimenReadSerializer
    acyclic_relations = ("twin", "parent")

    class Meta:
        model = Specimen
        fields = (
            "id",
            "workspace",
            "label",
            "notes",
            "handle",
            "contact",
            "homepage",
            "reference",
            "last_login_ip",
            "count",
            "population",
            "price",
            "ratio",
            "active",
            "born_on",
            "seen_at",
            "opens_at",
            "lasts",
            "stage",
            "tags",
            "scores",
            "extra",
            "document",
            "photo",
            "heart_rate",
            "category",
            "owner",
            "keeper",
            "curator",
            "reviewers",
            "twin",
            "parent",
            "related",
            "owners",
        )
        read_only_fields = ("id",)
