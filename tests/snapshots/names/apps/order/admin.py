"""Order admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.order.generated.admin import OrderAdminBase
from apps.order.models import Order


@admin.register(Order)
class OrderAdmin(OrderAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
