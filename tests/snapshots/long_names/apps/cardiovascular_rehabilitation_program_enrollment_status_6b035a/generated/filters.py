from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.core.filters import FilterSet


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFilterSet(FilterSet):
    """Query parameters of GET /api/v1/cardiovascular-rehabilitation-program-enrollment-status-change-logs/ from the genome's ``filter`` flags."""

    class Meta:
        model = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
        fields = {"note": ["exact", "icontains"]}
