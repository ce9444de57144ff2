"""Status admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.status.generated.admin import StatusAdminBase
from apps.status.models import Status


@admin.register(Status)
class StatusAdmin(StatusAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
