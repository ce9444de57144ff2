"""Test API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/test_app/generated/views.py.
"""

from apps.test_app.generated.views import TestViewSetBase


class TestViewSet(TestViewSetBase):
    """/api/v1/tests/"""
