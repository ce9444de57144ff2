"""Group admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.group.generated.admin import GroupAdminBase
from apps.group.models import Group


@admin.register(Group)
class GroupAdmin(GroupAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
