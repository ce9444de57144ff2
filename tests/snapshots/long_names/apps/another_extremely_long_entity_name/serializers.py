"""AnotherExtremelyLongEntityName serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/another_extremely_long_entity_name/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.another_extremely_long_entity_name.generated.serializers import (
    AnotherExtremelyLongEntityNameWriteSerializer,
)


class AnotherExtremelyLongEntityNameSerializer(
    AnotherExtremelyLongEntityNameWriteSerializer,
):
    """Validates another extremely long entity name input; responds with AnotherExtremelyLongEntityNameReadSerializer."""
