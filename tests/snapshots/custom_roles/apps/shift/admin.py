"""Shift admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.shift.generated.admin import ShiftAdminBase
from apps.shift.models import Shift


@admin.register(Shift)
class ShiftAdmin(ShiftAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
