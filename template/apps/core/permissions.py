from rest_framework import permissions

from apps.users.models import Membership

# DRF viewset actions and the genome's permission actions they need.
ACTIONS = {
    "list": "list",
    "retrieve": "retrieve",
    "create": "create",
    "update": "update",
    "partial_update": "update",
    "destroy": "delete",
}


class HasWorkspaceRole(permissions.BasePermission):
    """The user's role in their active workspace allows the action.

    The view's ``role_permissions`` maps each genome action (list, retrieve, create,
    update, delete) to the roles allowed it. A custom action counts as retrieve when
    it reads and as update when it writes, unless ``role_permissions`` names it.
    """

    def has_permission(self, request, view) -> bool:
        if getattr(view, "action", None) is None:
            return True  # A method the view does not offer: DRF answers 405.
        workspace_id = request.user.active_workspace_id
        if workspace_id is None:
            self.message = (
                "Choose a workspace first: POST /api/v1/workspaces/{id}/switch/."
            )
            return False
        role = (
            Membership.objects.filter(user=request.user, workspace_id=workspace_id)
            .values_list("role", flat=True)
            .first()
        )
        if role is None:
            self.message = "You are not a member of your active workspace."
            return False
        reading = request.method in permissions.SAFE_METHODS
        action = ACTIONS.get(view.action, view.action)
        if action not in view.role_permissions:
            action = "retrieve" if reading else "update"
        if role not in view.role_permissions[action]:
            self.message = f"The {role} role cannot {action} here."
            return False
        return True
