"""CardiovascularRehabilitationProgramEnrollmentStatusChangeLog serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/cardiovascular_rehabilitation_program_enrollment_status_6b035a/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.serializers import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogWriteSerializer,
)


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer(
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogWriteSerializer,
):
    """Validates cardiovascular rehabilitation program enrollment status change log input; responds with CardiovascularRehabilitationProgramEnrollmentStatusChangeLogReadSerializer."""
