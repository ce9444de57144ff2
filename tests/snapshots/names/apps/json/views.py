"""Json API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/json/generated/views.py.
"""

from apps.json.generated.views import JsonViewSetBase


class JsonViewSet(JsonViewSetBase):
    """/api/v1/jsons/"""
