from apps.core.filters import FilterSet
from apps.group.models import Group


class GroupFilterSet(FilterSet):
    """Query parameters of GET /api/v1/groups/ from the genome's ``filter`` flags."""

    class Meta:
        model = Group
        fields = ()
