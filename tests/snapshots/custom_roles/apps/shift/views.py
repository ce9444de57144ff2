"""Shift API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/shift/generated/views.py.
"""

from apps.shift.generated.views import ShiftViewSetBase


class ShiftViewSet(ShiftViewSetBase):
    """/api/v1/shifts/"""
