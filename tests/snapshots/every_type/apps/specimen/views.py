"""Specimen API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/specimen/generated/views.py.
"""

from apps.specimen.generated.views import SpecimenViewSetBase


class SpecimenViewSet(SpecimenViewSetBase):
    """/api/v1/specimens/"""
