from rest_framework import serializers

from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)
from apps.core.uploads import PrivateFileField
from apps.profile.models import Profile


class ProfileReadSerializer(serializers.ModelSerializer):
    """Profile as the API returns it, related rows as ``{id, display}``."""

    avatar = PrivateFileField(read_only=True)
    member = SummaryField(read_only=True)
    mentor = SummaryField(read_only=True)

    class Meta:
        model = Profile
        fields = (
            "id",
            "handle",
            "display_name",
            "contact_email",
            "homepage",
            "phone",
            "initials",
            "badge",
            "born_on",
            "nicknames",
            "avatar",
            "listed",
            "bio",
            "member",
            "mentor",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class ProfileWriteSerializer(GeneratedModelSerializer):
    """Profile as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    read_serializer_class = ProfileReadSerializer

    class Meta:
        model = Profile
        fields = (
            "id",
            "workspace",
            "handle",
            "display_name",
            "contact_email",
            "homepage",
            "phone",
            "initials",
            "badge",
            "born_on",
            "nicknames",
            "avatar",
            "listed",
            "bio",
            "member",
            "mentor",
        )
        read_only_fields = ("id",)
