"""Team API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/team/generated/views.py.
"""

from apps.team.generated.views import TeamViewSetBase


class TeamViewSet(TeamViewSetBase):
    """/api/v1/teams/"""
