"""Child API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/child/generated/views.py.
"""

from apps.child.generated.views import ChildViewSetBase


class ChildViewSet(ChildViewSetBase):
    """/api/v1/children/"""
