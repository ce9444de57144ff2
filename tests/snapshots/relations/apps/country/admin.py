"""Country admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.country.generated.admin import CountryAdminBase
from apps.country.models import Country


@admin.register(Country)
class CountryAdmin(CountryAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
