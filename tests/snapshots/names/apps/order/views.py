"""Order API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/order/generated/views.py.
"""

from apps.order.generated.views import OrderViewSetBase


class OrderViewSet(OrderViewSetBase):
    """/api/v1/orders/"""
