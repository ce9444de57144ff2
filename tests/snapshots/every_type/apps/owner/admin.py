"""Owner admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.owner.generated.admin import OwnerAdminBase
from apps.owner.models import Owner


@admin.register(Owner)
class OwnerAdmin(OwnerAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
