from apps.another_extremely_long_entity_name.generated.factories import (
    AnotherExtremelyLongEntityNameFactory,
)
from apps.another_extremely_long_entity_name.serializers import (
    AnotherExtremelyLongEntityNameSerializer,
)
from apps.core.testing import payload_for


def payload(workspace) -> dict:
    """A valid request body for a new another extremely long entity name in ``workspace``."""
    return payload_for(
        AnotherExtremelyLongEntityNameSerializer,
        AnotherExtremelyLongEntityNameFactory.build(),
    )
