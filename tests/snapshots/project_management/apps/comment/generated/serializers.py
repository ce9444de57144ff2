from rest_framework import serializers

from apps.comment.models import Comment
from apps.core.serializers import (
    CurrentWorkspaceDefault,
    GeneratedModelSerializer,
    SummaryField,
)


class CommentReadSerializer(serializers.ModelSerializer):
    """Comment as the API returns it, related rows as ``{id, display}``."""

    task = SummaryField(read_only=True)
    author = SummaryField(read_only=True)

    class Meta:
        model = Comment
        fields = (
            "id",
            "body",
            "author_email",
            "edited",
            "edited_at",
            "task",
            "author",
            "created_at",
            "updated_at",
        )
        read_only_fields = fields


class CommentWriteSerializer(GeneratedModelSerializer):
    """Comment as the API accepts it: relations by id, from the same workspace."""

    workspace = serializers.HiddenField(default=CurrentWorkspaceDefault())

    author = serializers.HiddenField(
        default=serializers.CreateOnlyDefault(serializers.CurrentUserDefault()),
    )

    read_serializer_class = CommentReadSerializer

    class Meta:
        model = Comment
        fields = (
            "id",
            "workspace",
            "body",
            "author_email",
            "edited",
            "edited_at",
            "task",
            "author",
        )
        read_only_fields = ("id", "edited", "edited_at")
