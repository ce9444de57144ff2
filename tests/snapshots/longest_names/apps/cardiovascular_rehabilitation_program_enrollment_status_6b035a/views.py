"""CardiovascularRehabilitationProgramEnrollmentStatusChangeLog API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/cardiovascular_rehabilitation_program_enrollment_status_6b035a/generated/views.py.
"""

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.views import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogViewSetBase,
)


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogViewSet(
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogViewSetBase,
):
    """/api/v1/cardiovascular-rehabilitation-program-enrollment-status-change-logs/"""
