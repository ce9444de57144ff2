"""Owner API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/owner/generated/views.py.
"""

from apps.owner.generated.views import OwnerViewSetBase


class OwnerViewSet(OwnerViewSetBase):
    """/api/v1/owners/"""
