"""Comment API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/comment/generated/views.py.
"""

from apps.comment.generated.views import CommentViewSetBase


class CommentViewSet(CommentViewSetBase):
    """/api/v1/comments/"""
