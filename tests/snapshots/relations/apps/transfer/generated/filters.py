from apps.core.filters import FilterSet
from apps.transfer.models import Transfer


class TransferFilterSet(FilterSet):
    """Query parameters of GET /api/v1/transfers/ from the genome's ``filter`` flags."""

    class Meta:
        model = Transfer
        fields = ()
