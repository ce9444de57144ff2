"""PatientInsuranceAuthorizationRequest API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/patient_insurance_authorization_request/generated/views.py.
"""

from apps.patient_insurance_authorization_request.generated.views import (
    PatientInsuranceAuthorizationRequestViewSetBase,
)


class PatientInsuranceAuthorizationRequestViewSet(
    PatientInsuranceAuthorizationRequestViewSetBase,
):
    """/api/v1/patient-insurance-authorization-requests/"""
