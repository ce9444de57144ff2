from apps.core.etags import ETagViewSetMixin
from apps.core.shared import SharedModelViewSet
from apps.meeting.generated.filters import MeetingFilterSet
from apps.meeting.models import Meeting
from apps.meeting.serializers import MeetingSerializer


class MeetingViewSetBase(ETagViewSetMixin, SharedModelViewSet):
    """/api/v1/meetings/: meetings shared by every workspace; members read, staff write."""

    queryset = Meeting.objects.prefetch_related("attendees")
    serializer_class = MeetingSerializer
    filterset_class = MeetingFilterSet
    ordering_fields = ("created_at", "updated_at")
