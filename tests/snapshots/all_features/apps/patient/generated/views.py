from apps.audit.mixins import AuditedViewSetMixin
from apps.core.etags import ETagViewSetMixin
from apps.core.soft_delete import SoftDeleteViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.patient.generated.filters import PatientFilterSet
from apps.patient.generated.permissions import FIELD_ROLES, ROLE_PERMISSIONS
from apps.patient.models import Patient
from apps.patient.serializers import PatientSerializer


class PatientViewSetBase(
    ETagViewSetMixin,
    AuditedViewSetMixin,
    SoftDeleteViewSetMixin,
    WorkspaceScopedModelViewSet,
):
    """/api/v1/patients/: list, retrieve, create, update and delete patients of the request's workspace."""

    queryset = Patient.objects.select_related("clinician", "account")
    serializer_class = PatientSerializer
    filterset_class = PatientFilterSet
    role_permissions = ROLE_PERMISSIONS
    field_roles = FIELD_ROLES
    search_fields = ("full_name", "insurance_number")
    ordering_fields = ("full_name", "insurance_number", "created_at", "updated_at")
