from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.order.generated.filters import OrderFilterSet
from apps.order.generated.permissions import ROLE_PERMISSIONS
from apps.order.models import Order
from apps.order.serializers import OrderSerializer


class OrderViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/orders/: list, retrieve, create, update and delete orders of the request's workspace."""

    queryset = Order.objects.select_related("user", "where")
    serializer_class = OrderSerializer
    filterset_class = OrderFilterSet
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("select",)
    ordering_fields = ("select", "date", "created_at", "updated_at")
