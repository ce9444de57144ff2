"""Comment: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/comment/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend CommentBase.Meta.
"""

from apps.comment.generated.models import CommentBase


class Comment(CommentBase):
    """A remark on a task."""
