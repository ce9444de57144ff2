"""Order serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/order/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.order.generated.serializers import OrderWriteSerializer


class OrderSerializer(OrderWriteSerializer):
    """Validates order input; responds with OrderReadSerializer."""
