"""Which workspace a request acts in, and whether the user's role there allows it."""

import re
from typing import NamedTuple

from rest_framework import permissions, status

from apps.core.exceptions import ApplicationError
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

# Chooses the workspace of one request; without it, the user's active workspace.
WORKSPACE_HEADER = "X-Workspace"
# A positive bigint: a longer number is no workspace's id.
WORKSPACE_ID = re.compile(r"[1-9][0-9]{0,17}")


class WorkspaceAccess(NamedTuple):
    """The workspace a request acts in and the user's role there."""

    workspace_id: int
    role: str


def workspace_access(request) -> WorkspaceAccess:
    """The workspace ``request`` acts in, checked against the user's memberships.

    ``X-Workspace: <id>`` chooses it for one request, so that two tabs, or a web and
    a mobile client, each act in their own workspace; without the header, the user's
    active (last chosen) one. Looked up once per request: one query on the
    membership's (user, workspace) unique index, without joins.
    """
    cached = getattr(request, "workspace_access", None)
    if cached is not None:
        return cached
    header = request.headers.get(WORKSPACE_HEADER)
    if header is None:
        workspace_id = request.user.active_workspace_id
        if workspace_id is None:
            raise ApplicationError(
                f"Choose a workspace: send its id in the {WORKSPACE_HEADER} header, "
                "or make it your active one with POST /api/v1/workspaces/{id}/switch/.",
                code="no_workspace",
                status_code=status.HTTP_403_FORBIDDEN,
            )
    elif WORKSPACE_ID.fullmatch(header):
        workspace_id = int(header)
    else:
        raise ApplicationError(
            f"The {WORKSPACE_HEADER} header must be a workspace id, such as 42.",
            code="invalid_workspace_header",
        )
    try:
        # get() drops Membership's default ordering, which would join workspace and user.
        role = Membership.objects.values_list("role", flat=True).get(
            user_id=request.user.pk, workspace_id=workspace_id
        )
    except Membership.DoesNotExist:
        raise ApplicationError(
            f"You are not a member of workspace {workspace_id}.",
            code="not_a_member",
            status_code=status.HTTP_403_FORBIDDEN,
        ) from None
    request.workspace_access = WorkspaceAccess(workspace_id, role)
    return request.workspace_access


def genome_action(request, view) -> str:
    """The genome action (list, retrieve, create, update, delete) a request takes.

    A custom action counts as retrieve when it reads and as update when it writes,
    unless the view's ``role_permissions`` names it.
    """
    action = ACTIONS.get(view.action, view.action)
    if action not in view.role_permissions:
        action = "retrieve" if request.method in permissions.SAFE_METHODS else "update"
    return action


def own_rows_only(request, view, action: str) -> bool:
    """The user's role may take ``action`` on the rows it owns, and on no others."""
    role = workspace_access(request).role
    own = view.own_role_permissions.get(action, ())
    return role in own and role not in view.role_permissions.get(action, ())


class HasWorkspaceRole(permissions.BasePermission):
    """The user's role in the request's workspace allows the action.

    The view's ``role_permissions`` maps each genome action (list, retrieve, create,
    update, delete) to the roles allowed it on every row, and its
    ``own_role_permissions`` to the roles allowed it on the rows they own, those
    whose ``owner_field`` is the user (see ``genome_action`` for custom actions).
    """

    def has_permission(self, request, view) -> bool:
        if getattr(view, "action", None) is None:
            return True  # A method the view does not offer: DRF answers 405.
        role = workspace_access(request).role
        action = genome_action(request, view)
        own = view.own_role_permissions.get(action, ())
        if role not in view.role_permissions[action] and role not in own:
            self.message = f"The {role} role cannot {action} here."
            return False
        return True

    def has_object_permission(self, request, view, obj) -> bool:
        action = genome_action(request, view)
        if not own_rows_only(request, view, action):
            return True
        if getattr(obj, f"{view.owner_field}_id") == request.user.pk:
            return True
        role = workspace_access(request).role
        self.message = (
            f"The {role} role can {action} only its own rows here, and this one "
            "is not yours."
        )
        return False


def hidden_fields(request, view) -> frozenset[str]:
    """The fields of ``view`` that the user's role in the request's workspace may
    not read: those whose roles in the view's ``field_roles`` leave it out."""
    field_roles = getattr(view, "field_roles", {})
    if not field_roles or getattr(view, "swagger_fake_view", False):
        return frozenset()
    role = workspace_access(request).role
    return frozenset(name for name, roles in field_roles.items() if role not in roles)
