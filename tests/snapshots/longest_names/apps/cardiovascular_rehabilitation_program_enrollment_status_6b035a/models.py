"""CardiovascularRehabilitationProgramEnrollmentStatusChangeLog: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/cardiovascular_rehabilitation_program_enrollment_status_6b035a/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend CardiovascularRehabilitationProgramEnrollmentStatusChangeLogBase.Meta.
"""

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogBase,
)


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLog(
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogBase,
):
    """Cardiovascular rehabilitation program enrollment status change log."""
