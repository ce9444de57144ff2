"""Status API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/status/generated/views.py.
"""

from apps.status.generated.views import StatusViewSetBase


class StatusViewSet(StatusViewSetBase):
    """/api/v1/statuses/"""
