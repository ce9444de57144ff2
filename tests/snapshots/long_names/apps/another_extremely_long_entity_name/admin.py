"""AnotherExtremelyLongEntityName admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.another_extremely_long_entity_name.generated.admin import (
    AnotherExtremelyLongEntityNameAdminBase,
)
from apps.another_extremely_long_entity_name.models import (
    AnotherExtremelyLongEntityName,
)


@admin.register(AnotherExtremelyLongEntityName)
class AnotherExtremelyLongEntityNameAdmin(AnotherExtremelyLongEntityNameAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
