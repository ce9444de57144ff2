"""Label admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.label.generated.admin import LabelAdminBase
from apps.label.models import Label


@admin.register(Label)
class LabelAdmin(LabelAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
