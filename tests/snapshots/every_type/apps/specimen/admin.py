"""Specimen admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.specimen.generated.admin import SpecimenAdminBase
from apps.specimen.models import Specimen


@admin.register(Specimen)
class SpecimenAdmin(SpecimenAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
