from django_filters import rest_framework as filters

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.core.filters import ArrayFilter, FilterSet


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFilterSet(FilterSet):
    """Query parameters of GET /api/v1/cardiovascular-rehabilitation-program-enrollment-status-change-logs/ from the genome's ``filter`` flags."""

    tags = ArrayFilter(field_name="tags", lookup_expr="contains")
    owner = filters.NumberFilter(field_name="owner")

    class Meta:
        model = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog
        fields = {"note": ["exact", "icontains"], "state": ["exact"]}
