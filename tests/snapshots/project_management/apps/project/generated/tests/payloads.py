from apps.core.testing import member_of, payload_for
from apps.project.generated.factories import ProjectFactory
from apps.project.serializers import ProjectSerializer


def payload(workspace) -> dict:
    """A valid request body for a new project in ``workspace``."""
    return payload_for(
        ProjectSerializer,
        ProjectFactory.build(),
        lead=member_of(workspace),
    )
