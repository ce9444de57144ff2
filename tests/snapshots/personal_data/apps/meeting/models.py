"""Meeting: yours to extend. `copier update` never overwrites this module.

Fields from the genome live in apps/meeting/generated/models.py. Add your own
fields, managers and methods here; a Meta class must extend MeetingBase.Meta.
"""

from apps.meeting.generated.models import MeetingBase


class Meeting(MeetingBase):
    """A meeting members attend, shared by every workspace."""
