"""Filtering shared by every entity: the filter backend and custom filters."""

from django_filters import rest_framework as filters
from django_filters.constants import EMPTY_VALUES


class ArrayFilter(filters.CharFilter):
    """Filters an array column by comma-separated items.

    ``lookup_expr="contains"`` keeps rows holding every item (``?tags=a,b``);
    ``"overlap"`` keeps rows holding any of them.
    """

    def filter(self, qs, value):
        if value in EMPTY_VALUES:
            return qs
        items = [item.strip() for item in value.split(",") if item.strip()]
        return qs.filter(**{f"{self.field_name}__{self.lookup_expr}": items})


class FilterBackend(filters.DjangoFilterBackend):
    """django-filter's backend, which skips requests that filter by nothing.

    A FilterSet deep-copies every declared filter when it is built, and a list
    request without query parameters has nothing for it to do.
    """

    def filter_queryset(self, request, queryset, view):
        if not request.query_params:
            return queryset
        return super().filter_queryset(request, queryset, view)
