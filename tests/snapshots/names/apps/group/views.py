"""Group API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/group/generated/views.py.
"""

from apps.group.generated.views import GroupViewSetBase


class GroupViewSet(GroupViewSetBase):
    """/api/v1/groups/"""
