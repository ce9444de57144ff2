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
