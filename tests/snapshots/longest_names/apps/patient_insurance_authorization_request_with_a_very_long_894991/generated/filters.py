from apps.core.filters import FilterSet
from apps.patient_insurance_authorization_request_with_a_very_long_894991.models import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX,
)


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFilterSet(FilterSet):
    """Query parameters of GET /api/v1/patient-insurance-authorization-request-with-a-very-long-name-indeed-xes/ from the genome's ``filter`` flags."""

    class Meta:
        model = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX
        fields = ()
