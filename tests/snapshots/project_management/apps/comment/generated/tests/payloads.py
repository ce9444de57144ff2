from apps.comment.generated.factories import CommentFactory
from apps.comment.serializers import CommentSerializer
from apps.core.testing import payload_for
from apps.task.generated.factories import TaskFactory


def payload(workspace) -> dict:
    """A valid request body for a new comment in ``workspace``."""
    return payload_for(
        CommentSerializer,
        CommentFactory.build(),
        task=TaskFactory.create(workspace=workspace),
    )
