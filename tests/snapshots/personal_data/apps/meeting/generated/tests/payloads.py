from apps.core.testing import member_of, payload_for
from apps.meeting.generated.factories import MeetingFactory
from apps.meeting.serializers import MeetingSerializer


def payload(workspace) -> dict:
    """A valid request body for a new meeting in ``workspace``."""
    return payload_for(
        MeetingSerializer,
        MeetingFactory.build(),
        attendees=[member_of(workspace)],
    )
