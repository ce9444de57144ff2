"""Comment serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/comment/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.comment.generated.serializers import CommentWriteSerializer


class CommentSerializer(CommentWriteSerializer):
    """Validates comment input; responds with CommentReadSerializer."""
