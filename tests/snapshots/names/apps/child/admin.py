"""Child admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.child.generated.admin import ChildAdminBase
from apps.child.models import Child


@admin.register(Child)
class ChildAdmin(ChildAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
