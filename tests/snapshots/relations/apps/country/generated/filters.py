from apps.core.filters import FilterSet
from apps.country.models import Country


class CountryFilterSet(FilterSet):
    """Query parameters of GET /api/v1/countries/ from the genome's ``filter`` flags."""

    class Meta:
        model = Country
        fields = {"code": ["exact", "icontains"]}
