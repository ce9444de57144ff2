from django_filters import rest_framework as filters

from apps.core.filters import FilterSet
from apps.project.models import Project


class ProjectFilterSet(FilterSet):
    """Query parameters of GET /api/v1/projects/ from the genome's ``filter`` flags."""

    lead = filters.NumberFilter(field_name="lead")

    class Meta:
        model = Project
        fields = {
            "name": ["exact", "icontains"],
            "status": ["exact"],
            "budget": ["gte", "lte"],
            "starts_on": ["exact", "gte", "lte"],
            "due_on": ["exact", "gte", "lte"],
        }
