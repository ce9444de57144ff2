from apps.core.filters import FilterSet
from apps.currency.models import Currency


class CurrencyFilterSet(FilterSet):
    """Query parameters of GET /api/v1/currencies/ from the genome's ``filter`` flags."""

    class Meta:
        model = Currency
        fields = ()
