"""ReferenceCodeForCardiovascularRehabilitationProgramsInClinic: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/reference_code_for_cardiovascular_rehabilitation_program_57b649/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend ReferenceCodeForCardiovascularRehabilitationProgramsInClinicBase.Meta.
"""

from apps.reference_code_for_cardiovascular_rehabilitation_program_57b649.generated.models import (
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicBase,
)


class ReferenceCodeForCardiovascularRehabilitationProgramsInClinic(
    ReferenceCodeForCardiovascularRehabilitationProgramsInClinicBase,
):
    """Reference code for cardiovascular rehabilitation programs in clinic."""
