from apps.core.filters import FilterSet
from apps.ward.models import Ward


class WardFilterSet(FilterSet):
    """Query parameters of GET /api/v1/wards/ from the genome's ``filter`` flags."""

    class Meta:
        model = Ward
        fields = ()
