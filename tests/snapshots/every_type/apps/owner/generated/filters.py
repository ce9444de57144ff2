from apps.core.filters import FilterSet
from apps.owner.models import Owner


class OwnerFilterSet(FilterSet):
    """Query parameters of GET /api/v1/owners/ from the genome's ``filter`` flags."""

    class Meta:
        model = Owner
        fields = ()
