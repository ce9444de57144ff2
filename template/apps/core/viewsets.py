"""Base viewsets: the one place where an entity's rows meet the API."""

from collections.abc import Mapping
from typing import Any, cast

from django.db.models import QuerySet
from rest_framework import generics, viewsets
from rest_framework.permissions import IsAuthenticated

from apps.core.models import WorkspaceQuerySet
from apps.core.permissions import HasWorkspaceRole
from apps.core.requests import AuthenticatedRequest


class WorkspaceContextMixin(generics.GenericAPIView):
    request: AuthenticatedRequest

    def get_serializer_context(self) -> dict[str, Any]:
        # getattr: schema generators build serializers for an anonymous request.
        workspace = getattr(self.request.user, "active_workspace", None)
        return {**super().get_serializer_context(), "workspace": workspace}


class WorkspaceScopedMixin(WorkspaceContextMixin):
    """Rows of the user's active workspace only; others do not exist (404).

    ``role_permissions`` (from the genome) says which roles may do what.
    """

    permission_classes = [IsAuthenticated, HasWorkspaceRole]
    role_permissions: Mapping[str, tuple[str, ...]] = {}

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        # Lists and single rows both pass here, after any get_queryset override.
        filtered = cast(WorkspaceQuerySet, super().filter_queryset(queryset))
        return filtered.for_workspace(self.request.user.active_workspace)


class WorkspaceScopedModelViewSet(WorkspaceScopedMixin, viewsets.ModelViewSet):
    """List, retrieve, create, update and delete rows of the active workspace."""


class WorkspaceScopedReadOnlyModelViewSet(
    WorkspaceScopedMixin, viewsets.ReadOnlyModelViewSet
):
    """List and retrieve rows of the active workspace."""
