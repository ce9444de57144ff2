"""Visit API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/visit/generated/views.py.
"""

from apps.visit.generated.views import VisitViewSetBase


class VisitViewSet(VisitViewSetBase):
    """/api/v1/visits/"""
