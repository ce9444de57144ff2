from apps.core.filters import FilterSet
from apps.ledger.models import Ledger


class LedgerFilterSet(FilterSet):
    """Query parameters of GET /api/v1/ledgers/ from the genome's ``filter`` flags."""

    class Meta:
        model = Ledger
        fields = ()
