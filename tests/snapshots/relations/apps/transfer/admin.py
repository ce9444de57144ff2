"""Transfer admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.transfer.generated.admin import TransferAdminBase
from apps.transfer.models import Transfer


@admin.register(Transfer)
class TransferAdmin(TransferAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
