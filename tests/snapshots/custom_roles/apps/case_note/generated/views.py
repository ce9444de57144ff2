from apps.case_note.generated.filters import CaseNoteFilterSet
from apps.case_note.generated.permissions import (
    OWN_ROLE_PERMISSIONS,
    OWNER_FIELD,
    ROLE_PERMISSIONS,
)
from apps.case_note.models import CaseNote
from apps.case_note.serializers import CaseNoteSerializer
from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet


class CaseNoteViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/case-notes/: list, retrieve, create, update and delete case notes of the request's workspace."""

    queryset = CaseNote.objects.select_related("shift", "author")
    serializer_class = CaseNoteSerializer
    filterset_class = CaseNoteFilterSet
    role_permissions = ROLE_PERMISSIONS
    owner_field = OWNER_FIELD
    own_role_permissions = OWN_ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
