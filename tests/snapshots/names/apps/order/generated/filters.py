from apps.core.filters import FilterSet
from apps.order.models import Order


class OrderFilterSet(FilterSet):
    """Query parameters of GET /api/v1/orders/ from the genome's ``filter`` flags."""

    class Meta:
        model = Order
        fields = {
            "select": ["exact", "icontains"],
            "table": ["exact", "gte", "lte"],
            "type": ["exact"],
        }
