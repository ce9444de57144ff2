from django_filters import rest_framework as filters

from apps.core.filters import ArrayFilter, FilterSet
from apps.specimen.models import Specimen


class SpecimenFilterSet(FilterSet):
    """Query parameters of GET /api/v1/specimens/ from the genome's ``filter`` flags."""

    tags = ArrayFilter(field_name="tags", lookup_expr="contains")
    category = filters.NumberFilter(field_name="category")
    owner = filters.NumberFilter(field_name="owner")
    reviewers = filters.NumberFilter(field_name="reviewers")
    parent = filters.NumberFilter(field_name="parent")

    class Meta:
        model = Specimen
        fields = {
            "label": ["exact", "icontains"],
            "handle": ["exact", "startswith"],
            "reference": ["exact"],
            "last_login_ip": ["exact"],
            "count": ["exact", "gte", "lte"],
            "price": ["exact", "gte", "lte"],
            "active": ["exact"],
            "born_on": ["exact", "gte", "lte"],
            "seen_at": ["gte", "lte", "exact"],
            "stage": ["exact"],
        }
