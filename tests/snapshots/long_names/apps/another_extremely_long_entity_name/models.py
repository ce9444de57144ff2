"""AnotherExtremelyLongEntityName: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/another_extremely_long_entity_name/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend AnotherExtremelyLongEntityNameBase.Meta.
"""

from apps.another_extremely_long_entity_name.generated.models import (
    AnotherExtremelyLongEntityNameBase,
)


class AnotherExtremelyLongEntityName(AnotherExtremelyLongEntityNameBase):
    """Another extremely long entity name."""
