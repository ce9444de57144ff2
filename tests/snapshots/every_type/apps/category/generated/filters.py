from apps.category.models import Category
from apps.core.filters import FilterSet


class CategoryFilterSet(FilterSet):
    """Query parameters of GET /api/v1/categories/ from the genome's ``filter`` flags."""

    class Meta:
        model = Category
        fields = ()
