"""Ward API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/ward/generated/views.py.
"""

from apps.ward.generated.views import WardViewSetBase


class WardViewSet(WardViewSetBase):
    """/api/v1/wards/"""
