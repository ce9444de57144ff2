"""Patient admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.patient.generated.admin import PatientAdminBase
from apps.patient.models import Patient


@admin.register(Patient)
class PatientAdmin(PatientAdminBase):
    """Columns, filters and inlines come from the genome; override them here."""
