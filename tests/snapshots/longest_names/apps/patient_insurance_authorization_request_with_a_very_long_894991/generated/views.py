from apps.core.viewsets import WorkspaceScopedReadOnlyModelViewSet
from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.filters import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFilterSet,
)
from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.permissions import (
    ROLE_PERMISSIONS,
)
from apps.patient_insurance_authorization_request_with_a_very_long_894991.models import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX,
)
from apps.patient_insurance_authorization_request_with_a_very_long_894991.serializers import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXSerializer,
)


class PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXViewSetBase(
    WorkspaceScopedReadOnlyModelViewSet,
):
    """/api/v1/patient-insurance-authorization-request-with-a-very-long-name-indeed-xes/: list and retrieve patient insurance authorization request with a very long name indeed xes of the request's workspace."""

    queryset = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedX.objects.select_related(
        "subject",
    )
    serializer_class = (
        PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXSerializer
    )
    filterset_class = (
        PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFilterSet
    )
    role_permissions = ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
