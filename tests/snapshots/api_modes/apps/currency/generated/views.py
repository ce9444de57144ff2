from apps.core.etags import ETagViewSetMixin
from apps.core.shared import SharedModelViewSet
from apps.currency.generated.filters import CurrencyFilterSet
from apps.currency.models import Currency
from apps.currency.serializers import CurrencySerializer


class CurrencyViewSetBase(ETagViewSetMixin, SharedModelViewSet):
    """/api/v1/currencies/: currencies shared by every workspace; members read, staff write."""

    queryset = Currency.objects.all()
    serializer_class = CurrencySerializer
    filterset_class = CurrencyFilterSet
    ordering_fields = ("created_at", "updated_at")
