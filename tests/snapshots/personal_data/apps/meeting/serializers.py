"""Meeting serializers: yours to extend. `copier update` never overwrites this module.

The generated fields and rules live in apps/meeting/generated/serializers.py.
Add validation (``validate_<field>``, ``validate``) or fields here.
"""

from apps.meeting.generated.serializers import MeetingWriteSerializer


class MeetingSerializer(MeetingWriteSerializer):
    """Validates meeting input; responds with MeetingReadSerializer."""
