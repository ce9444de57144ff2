from apps.comment.generated.filters import CommentFilterSet
from apps.comment.generated.permissions import (
    OWN_ROLE_PERMISSIONS,
    OWNER_FIELD,
    ROLE_PERMISSIONS,
)
from apps.comment.models import Comment
from apps.comment.serializers import CommentSerializer
from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet


class CommentViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/comments/: list, retrieve, create, update and delete comments of the request's workspace."""

    queryset = Comment.objects.select_related("task", "author")
    serializer_class = CommentSerializer
    filterset_class = CommentFilterSet
    role_permissions = ROLE_PERMISSIONS
    owner_field = OWNER_FIELD
    own_role_permissions = OWN_ROLE_PERMISSIONS
    search_fields = ("body",)
    ordering_fields = ("created_at", "updated_at")
