from apps.core.testing import payload_for
from apps.test_app.generated.factories import TestFactory
from apps.test_app.serializers import TestSerializer


def payload(workspace) -> dict:
    """A valid request body for a new test in ``workspace``."""
    return payload_for(TestSerializer, TestFactory.build())
