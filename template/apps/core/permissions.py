from rest_framework import permissions

from apps.users.models import Membership


class IsWorkspaceMember(permissions.BasePermission):
    """The user belongs to the workspace they are working in."""

    message = "Choose a workspace you are a member of."

    def has_permission(self, request, view) -> bool:
        workspace_id = request.user.active_workspace_id
        return (
            workspace_id is not None
            and Membership.objects.filter(
                user=request.user, workspace_id=workspace_id
            ).exists()
        )


class IsStaffOrReadOnly(permissions.BasePermission):
    """Shared reference data: everyone signed in reads it, only staff change it."""

    message = "Only staff can change shared data."

    def has_permission(self, request, view) -> bool:
        return request.method in permissions.SAFE_METHODS or request.user.is_staff
