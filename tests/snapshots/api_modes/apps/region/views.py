"""Region API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/region/generated/views.py.
"""

from apps.region.generated.views import RegionViewSetBase


class RegionViewSet(RegionViewSetBase):
    """/api/v1/regions/"""
