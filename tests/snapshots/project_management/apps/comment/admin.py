"""Comment admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.comment.generated.admin import CommentAdminBase
from apps.comment.models import Comment


@admin.register(Comment)
class CommentAdmin(CommentAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
