"""Person admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.person.generated.admin import PersonAdminBase
from apps.person.models import Person


@admin.register(Person)
class PersonAdmin(PersonAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
