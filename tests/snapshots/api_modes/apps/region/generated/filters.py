from apps.core.filters import FilterSet
from apps.region.models import Region


class RegionFilterSet(FilterSet):
    """Query parameters of GET /api/v1/regions/ from the genome's ``filter`` flags."""

    class Meta:
        model = Region
        fields = ()
