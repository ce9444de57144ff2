from apps.child.generated.factories import ChildFactory
from apps.child.serializers import ChildSerializer
from apps.core.testing import payload_for
from apps.person.generated.factories import PersonFactory


def payload(workspace) -> dict:
    """A valid request body for a new child in ``workspace``."""
    return payload_for(
        ChildSerializer,
        ChildFactory.build(),
        parent=PersonFactory.create(workspace=workspace),
    )
