from apps.core.filters import FilterSet
from apps.test_app.models import Test


class TestFilterSet(FilterSet):
    """Query parameters of GET /api/v1/tests/ from the genome's ``filter`` flags."""

    class Meta:
        model = Test
        fields = {"format": ["exact", "icontains"], "page": ["in"]}
