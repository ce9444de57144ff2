"""Order: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/order/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend OrderBase.Meta.
"""

from apps.order.generated.models import OrderBase


class Order(OrderBase):
    """Order."""
