"""Json admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.json.generated.admin import JsonAdminBase
from apps.json.models import Json


@admin.register(Json)
class JsonAdmin(JsonAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
