from apps.core.filters import FilterSet
from apps.meeting.models import Meeting


class MeetingFilterSet(FilterSet):
    """Query parameters of GET /api/v1/meetings/ from the genome's ``filter`` flags."""

    class Meta:
        model = Meeting
        fields = ()
