from apps.another_extremely_long_entity_name.models import (
    AnotherExtremelyLongEntityName,
)
from apps.core.filters import FilterSet


class AnotherExtremelyLongEntityNameFilterSet(FilterSet):
    """Query parameters of GET /api/v1/another-extremely-long-entity-names/ from the genome's ``filter`` flags."""

    class Meta:
        model = AnotherExtremelyLongEntityName
        fields = ()
