"""Meeting API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/meeting/generated/views.py.
"""

from apps.meeting.generated.views import MeetingViewSetBase


class MeetingViewSet(MeetingViewSetBase):
    """/api/v1/meetings/"""
