"""Label API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/label/generated/views.py.
"""

from apps.label.generated.views import LabelViewSetBase


class LabelViewSet(LabelViewSetBase):
    """/api/v1/labels/"""
