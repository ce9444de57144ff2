"""Base viewsets: the one place where an entity's rows meet the API."""

from rest_framework import viewsets
from rest_framework.permissions import IsAuthenticated

from apps.core.permissions import HasWorkspaceRole, IsStaffOrMemberReadOnly


class WorkspaceContextMixin:
    def get_serializer_context(self) -> dict:
        context = super().get_serializer_context()
        context["workspace"] = getattr(self.request.user, "active_workspace", None)
        return context


class WorkspaceScopedMixin(WorkspaceContextMixin):
    """Rows of the user's active workspace only; others do not exist (404).

    ``role_permissions`` (from the genome) says which roles may do what.
    """

    permission_classes = [IsAuthenticated, HasWorkspaceRole]
    role_permissions: dict[str, tuple[str, ...]] = {}

    def filter_queryset(self, queryset):
        # Lists and single rows both pass here, after any get_queryset override.
        workspace = self.request.user.active_workspace
        return super().filter_queryset(queryset).for_workspace(workspace)


class SharedMixin(WorkspaceContextMixin):
    """Reference data shared by every workspace: members read, staff write."""

    permission_classes = [IsAuthenticated, IsStaffOrMemberReadOnly]


class WorkspaceScopedModelViewSet(WorkspaceScopedMixin, viewsets.ModelViewSet):
    """List, retrieve, create, update and delete rows of the active workspace."""


class WorkspaceScopedReadOnlyModelViewSet(
    WorkspaceScopedMixin, viewsets.ReadOnlyModelViewSet
):
    """List and retrieve rows of the active workspace."""


class SharedModelViewSet(SharedMixin, viewsets.ModelViewSet):
    """Shared data: members list and retrieve, staff also write."""


class SharedReadOnlyModelViewSet(SharedMixin, viewsets.ReadOnlyModelViewSet):
    """Shared data, read through the API and written in the admin."""
