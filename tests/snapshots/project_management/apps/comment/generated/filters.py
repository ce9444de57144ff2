from django_filters import rest_framework as filters

from apps.comment.models import Comment
from apps.core.filters import FilterSet


class CommentFilterSet(FilterSet):
    """Query parameters of GET /api/v1/comments/ from the genome's ``filter`` flags."""

    task = filters.NumberFilter(field_name="task")

    class Meta:
        model = Comment
        fields = ()
