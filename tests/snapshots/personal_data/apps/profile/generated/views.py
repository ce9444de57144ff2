from apps.core.etags import ETagViewSetMixin
from apps.core.viewsets import WorkspaceScopedModelViewSet
from apps.profile.generated.filters import ProfileFilterSet
from apps.profile.generated.permissions import (
    OWN_ROLE_PERMISSIONS,
    OWNER_FIELD,
    ROLE_PERMISSIONS,
)
from apps.profile.models import Profile
from apps.profile.serializers import ProfileSerializer


class ProfileViewSetBase(ETagViewSetMixin, WorkspaceScopedModelViewSet):
    """/api/v1/profiles/: list, retrieve, create, update and delete profiles of the request's workspace."""

    queryset = Profile.objects.select_related("member", "mentor")
    serializer_class = ProfileSerializer
    filterset_class = ProfileFilterSet
    role_permissions = ROLE_PERMISSIONS
    owner_field = OWNER_FIELD
    own_role_permissions = OWN_ROLE_PERMISSIONS
    ordering_fields = ("created_at", "updated_at")
