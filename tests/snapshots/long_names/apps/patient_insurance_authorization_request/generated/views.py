from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.patient_insurance_authorization_request.generated.filters import (
    PatientInsuranceAuthorizationRequestFilterSet,
)
from apps.patient_insurance_authorization_request.generated.permissions import (
    ROLE_PERMISSIONS,
)
from apps.patient_insurance_authorization_request.models import (
    PatientInsuranceAuthorizationRequest,
)
from apps.patient_insurance_authorization_request.serializers import (
    PatientInsuranceAuthorizationRequestSerializer,
)


class PatientInsuranceAuthorizationRequestViewSetBase(
    ETagViewSetMixin,
    WorkspaceScopedModelViewSet,
):
    """/api/v1/patient-insurance-authorization-requests/: list, retrieve, create, update and delete patient insurance authorization requests of the request's workspace."""

    queryset = PatientInsuranceAuthorizationRequest.objects.select_related("schedule")
    serializer_class = PatientInsuranceAuthorizationRequestSerializer
    filterset_class = PatientInsuranceAuthorizationRequestFilterSet
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
