"""ReferenceCodeForCardiovascularRehabilitationProgramsInClinic admin: yours to extend. `copier update` never overwrites this module."""

from django.contrib import admin

from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.generated.admin import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicAdminBase,
)
from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.models import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinic,
)


@admin.register(ReferenceCodeForCardiovascularRehabilitationProgramsInClinic)
class ReferenceCodeForCardiovascularRehabilitationProgramsInClinicAdmin(
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicAdminBase,
):
    """Columns, filters and inlines come from the genome; override them here."""
