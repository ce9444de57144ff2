from apps.core.etags import ETagViewSetMixin
from apps.core.shared import SharedModelViewSet
from apps.country.generated.filters import CountryFilterSet
from apps.country.models import Country
from apps.country.serializers import CountrySerializer


class CountryViewSetBase(ETagViewSetMixin, SharedModelViewSet):
    """/api/v1/countries/: countries shared by every workspace; members read, staff write."""

    queryset = Country.objects.all()
    serializer_class = CountrySerializer
    filterset_class = CountryFilterSet
    search_fields = ("name",)
    ordering_fields = ("created_at", "updated_at")
