from apps.category.generated.factories import CategoryFactory
from apps.category.serializers import CategorySerializer
from apps.core.testing import payload_for


def payload(workspace) -> dict:
    """A valid request body for a new category in ``workspace``."""
    return payload_for(CategorySerializer, CategoryFactory.build())
