from django_filters import rest_framework as filters

from apps.core.filters import FilterSet
from apps.visit.models import Visit


class VisitFilterSet(FilterSet):
    """Query parameters of GET /api/v1/visits/ from the genome's ``filter`` flags."""

    patient = filters.NumberFilter(field_name="patient")

    class Meta:
        model = Visit
        fields = {"starts_at": ["exact", "gte", "lte"], "status": ["exact"]}
