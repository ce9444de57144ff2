from apps.core.testing import member_of, payload_for
from apps.label.generated.factories import LabelFactory
from apps.project.generated.factories import ProjectFactory
from apps.task.generated.factories import TaskFactory
from apps.task.serializers import TaskSerializer


def payload(workspace) -> dict:
    """A valid request body for a new task in ``workspace``."""
    return payload_for(
        TaskSerializer,
        TaskFactory.build(),
        project=ProjectFactory.create(workspace=workspace),
        assignee=member_of(workspace),
        reporter=member_of(workspace),
        parent=TaskFactory.create(workspace=workspace),
        labels=[LabelFactory.create(workspace=workspace)],
    )
