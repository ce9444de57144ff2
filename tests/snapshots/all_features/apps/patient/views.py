"""Patient API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/patient/generated/views.py.
"""

from apps.patient.generated.views import PatientViewSetBase


class PatientViewSet(PatientViewSetBase):
    """/api/v1/patients/"""
