"""Visit admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.visit.generated.admin import VisitAdminBase
from apps.visit.models import Visit


@admin.register(Visit)
class VisitAdmin(VisitAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
