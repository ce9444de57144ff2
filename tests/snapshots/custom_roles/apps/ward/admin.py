"""Ward admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.ward.generated.admin import WardAdminBase
from apps.ward.models import Ward


@admin.register(Ward)
class WardAdmin(WardAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
