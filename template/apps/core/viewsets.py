"""Base viewsets: the one place where an entity's rows meet the API."""

from collections.abc import Mapping
from typing import Any, cast

from django.db.models import QuerySet
from rest_framework import generics, viewsets
from rest_framework.permissions import IsAuthenticated

from apps.core.models import WorkspaceQuerySet
from apps.core.permissions import (
    HasWorkspaceRole,
    genome_action,
    hidden_fields,
    own_rows_only,
    workspace_access,
)
from apps.core.requests import AuthenticatedRequest
from apps.users.models import Workspace


class WorkspaceContextMixin(generics.GenericAPIView):
    request: AuthenticatedRequest

    def get_workspace(self) -> Workspace | None:
        """The workspace serializers give new rows and check relations against."""
        # getattr: schema generators build serializers for an anonymous request.
        return getattr(self.request.user, "active_workspace", None)

    def get_serializer_context(self) -> dict[str, Any]:
        return {**super().get_serializer_context(), "workspace": self.get_workspace()}


class WorkspaceScopedMixin(WorkspaceContextMixin):
    """Rows of the request's workspace only; others do not exist (404).

    The workspace is the one the ``X-Workspace`` header names, else the user's
    active one (apps.core.permissions.workspace_access). ``get_queryset()`` holds
    the scoping, so an ``@action`` that calls ``self.get_queryset()`` or
    ``self.get_object()`` sees this workspace's rows only; an override starts from
    ``super().get_queryset()``. ``role_permissions`` (from the genome) says which
    roles may do what; ``own_role_permissions``, which roles may do it on the rows
    whose ``owner_field`` is the user. A role that may list or retrieve only its
    own rows lists and retrieves no others (404). ``field_roles`` says which roles
    read each field that not every role reads: the others' answers leave it out.
    """

    permission_classes = [IsAuthenticated, HasWorkspaceRole]
    role_permissions: Mapping[str, tuple[str, ...]] = {}
    own_role_permissions: Mapping[str, tuple[str, ...]] = {}
    owner_field = ""
    field_roles: Mapping[str, tuple[str, ...]] = {}

    def get_queryset(self) -> QuerySet:
        queryset = cast(WorkspaceQuerySet, super().get_queryset())
        if getattr(self, "swagger_fake_view", False):
            return queryset.none()  # The OpenAPI schema is built without a user.
        queryset = queryset.for_workspace(workspace_access(self.request).workspace_id)
        action = genome_action(self.request, self)
        if action in {"list", "retrieve"} and own_rows_only(self.request, self, action):
            return queryset.filter(**{self.owner_field: self.request.user.pk})
        return queryset

    def get_workspace(self) -> Workspace | None:
        if getattr(self, "swagger_fake_view", False):
            return None
        return Workspace.objects.get(pk=workspace_access(self.request).workspace_id)

    def get_serializer_context(self) -> dict[str, Any]:
        hidden = hidden_fields(self.request, self)
        return {**super().get_serializer_context(), "hidden_fields": hidden}


class WorkspaceScopedModelViewSet(WorkspaceScopedMixin, viewsets.ModelViewSet):
    """List, retrieve, create, update and delete rows of the request's workspace."""


class WorkspaceScopedReadOnlyModelViewSet(
    WorkspaceScopedMixin, viewsets.ReadOnlyModelViewSet
):
    """List and retrieve rows of the request's workspace."""
