"""CardiovascularRehabilitationProgramEnrollmentStatusChangeLog admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.admin import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogAdminBase,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)


@admin.register(CardiovascularRehabilitationProgramEnrollmentStatusChangeLog)
class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogAdmin(
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogAdminBase,
):
    """Columns, filters and inlines come from the genome; override them here."""
