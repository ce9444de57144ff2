from apps.core.filters import FilterSet
from apps.status.models import Status


class StatusFilterSet(FilterSet):
    """Query parameters of GET /api/v1/statuses/ from the genome's ``filter`` flags."""

    class Meta:
        model = Status
        fields = ()
