from apps.core.testing import payload_for
from apps.label.generated.factories import LabelFactory
from apps.label.serializers import LabelSerializer


def payload(workspace) -> dict:
    """A valid request body for a new label in ``workspace``."""
    return payload_for(LabelSerializer, LabelFactory.build())
