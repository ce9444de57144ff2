from apps.audit.mixins import AuditedViewSetMixin
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.filters import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFilterSet,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.permissions import (
    ROLE_PERMISSIONS,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.serializers import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer,
)
from apps.core.etags import ETagViewSetMixin
from apps.core.soft_delete import SoftDeleteViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet


class CardiovascularRehabilitationProgramEnrollmentStatusChangeLogViewSetBase(
    ETagViewSetMixin,
    AuditedViewSetMixin,
    SoftDeleteViewSetMixin,
    WorkspaceScopedModelViewSet,
):
    """/api/v1/cardiovascular-rehabilitation-program-enrollment-status-change-logs/: list, retrieve, create, update and delete cardiovascular rehabilitation program enrollment status change logs of the request's workspace."""

    queryset = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.objects.select_related(
        "owner",
        "parent",
        "shared",
        "twin",
    ).prefetch_related("others")
    serializer_class = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer
    )
    filterset_class = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFilterSet
    )
    role_permissions = ROLE_PERMISSIONS
    search_fields = ("note",)
    ordering_fields = ("note", "created_at", "updated_at")
