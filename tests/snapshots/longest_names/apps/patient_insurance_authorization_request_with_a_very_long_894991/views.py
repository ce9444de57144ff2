"""PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX API views: yours to extend. `copier update` never overwrites this module.

Add actions (``@action``) or override behaviour here; the generated queryset,
filters and permissions live in apps/patient_insurance_authorization_request_with_a_very_long_894991/generated/views.py.
"""

from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.views import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXViewSetBase,
)


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXViewSet(
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXViewSetBase,
):
    """/api/v1/patient-insurance-authorization-request-with-a-very-long-name-indeed-xes/"""
