from apps.core.etags import ETagViewSetMixin
from apps.core.soft_delete import SoftDeleteViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.note.generated.filters import NoteFilterSet
from apps.note.generated.permissions import FIELD_ROLES, ROLE_PERMISSIONS
from apps.note.models import Note
from apps.note.serializers import NoteSerializer


class NoteViewSetBase(
    ETagViewSetMixin,
    SoftDeleteViewSetMixin,
    WorkspaceScopedModelViewSet,
):
    """/api/v1/notes/: list, retrieve, create, update and delete notes of the request's workspace."""

    queryset = Note.objects.select_related("visit", "author")
    serializer_class = NoteSerializer
    filterset_class = NoteFilterSet
    role_permissions = ROLE_PERMISSIONS
    field_roles = FIELD_ROLES
    ordering_fields = ("created_at", "updated_at")
