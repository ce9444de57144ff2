from apps.child.models import Child
from apps.core.filters import FilterSet


class ChildFilterSet(FilterSet):
    """Query parameters of GET /api/v1/children/ from the genome's ``filter`` flags."""

    class Meta:
        model = Child
        fields = ()
