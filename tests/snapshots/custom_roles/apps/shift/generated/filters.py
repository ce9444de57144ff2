from django_filters import rest_framework as filters

from apps.core.filters import FilterSet
from apps.shift.models import Shift


class ShiftFilterSet(FilterSet):
    """Query parameters of GET /api/v1/shifts/ from the genome's ``filter`` flags."""

    ward = filters.NumberFilter(field_name="ward")
    clinician = filters.NumberFilter(field_name="clinician")

    class Meta:
        model = Shift
        fields = {"starts_at": ["exact", "gte", "lte"]}
