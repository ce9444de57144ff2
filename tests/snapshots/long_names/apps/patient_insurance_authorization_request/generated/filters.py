from django_filters import rest_framework as filters

from apps.core.filters import FilterSet
from apps.patient_insurance_authorization_request.models import (
    PatientInsuranceAuthorizationRequest,
)


class PatientInsuranceAuthorizationRequestFilterSet(FilterSet):
    """Query parameters of GET /api/v1/patient-insurance-authorization-requests/ from the genome's ``filter`` flags."""

    schedule = filters.NumberFilter(field_name="schedule")

    class Meta:
        model = PatientInsuranceAuthorizationRequest
        fields = ()
