"""Shared reference data: entities with ``tenant: false``, outside every workspace.

Members of any workspace read them through the API; only staff change them.
"""

from rest_framework import permissions, viewsets
from rest_framework.permissions import IsAuthenticated

from apps.core.viewsets import WorkspaceContextMixin
from apps.users.models import Membership


class IsStaffOrMemberReadOnly(permissions.BasePermission):
    """Shared reference data: members of any workspace read it, only staff change it."""

    message = "Only staff can change shared data."

    def has_permission(self, request, view) -> bool:
        if request.user.is_staff or getattr(view, "action", None) is None:
            return True
        if request.method not in permissions.SAFE_METHODS:
            return False
        self.message = "Join a workspace to read this."
        return Membership.objects.filter(user=request.user).exists()


class SharedMixin(WorkspaceContextMixin):
    """Reference data shared by every workspace: members read, staff write."""

    permission_classes = [IsAuthenticated, IsStaffOrMemberReadOnly]


class SharedModelViewSet(SharedMixin, viewsets.ModelViewSet):
    """Shared data: members list and retrieve, staff also write."""


class SharedReadOnlyModelViewSet(SharedMixin, viewsets.ReadOnlyModelViewSet):
    """Shared data, read through the API and written in the admin."""
