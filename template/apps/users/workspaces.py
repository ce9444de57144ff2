"""Workspaces API: my workspaces, switching, members and invitations.

Every member sees a workspace and its members; its managers (the first two roles)
rename it, change roles, remove members and handle invitations.
"""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response
from rest_framework.views import APIView

from apps.core.requests import AuthenticatedRequest
from apps.users import services
from apps.users.models import Invitation, Membership, Workspace
from apps.users.roles import MANAGER_ROLES
from apps.users.serializers import (
    InvitationAcceptSerializer,
    InvitationSerializer,
    MemberSerializer,
    WorkspaceSerializer,
    profile_data,
)


def is_manager(user, workspace_id: int) -> bool:
    return Membership.objects.filter(
        user=user, workspace_id=workspace_id, role__in=MANAGER_ROLES
    ).exists()


class WorkspaceViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.UpdateModelMixin,
    viewsets.GenericViewSet,
):
    request: AuthenticatedRequest
    serializer_class = WorkspaceSerializer
    permission_classes = [permissions.IsAuthenticated]

    def get_queryset(self):
        mine = Membership.objects.filter(user=self.request.user)
        return (
            Workspace.objects.filter(memberships__user=self.request.user)
            .prefetch_related(Prefetch("memberships", queryset=mine))
            .order_by("name")
        )

    def perform_create(self, serializer):
        workspace = services.create_workspace(
            user=self.request.user, name=serializer.validated_data["name"]
        )
        serializer.instance = self.get_queryset().get(pk=workspace.pk)

    def perform_update(self, serializer):
        if not is_manager(self.request.user, serializer.instance.pk):
            self.permission_denied(
                self.request, message="Only managers can rename a workspace."
            )
        serializer.save()

    @action(detail=True, methods=["post"])
    def switch(self, request, pk=None):
        """Make this workspace the active one: the entity API works in it."""
        services.switch_workspace(user=request.user, workspace=self.get_object())
        return Response(profile_data(request.user, request))


class WorkspaceChildViewSet(viewsets.GenericViewSet):
    """Rows under /workspaces/{workspace_pk}/: members read, managers write."""

    request: AuthenticatedRequest
    permission_classes = [permissions.IsAuthenticated]
    managers_only = False

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.workspace = get_object_or_404(
            Workspace.objects.filter(memberships__user=request.user),
            pk=kwargs["workspace_pk"],
        )
        writing = request.method not in permissions.SAFE_METHODS
        if (writing or self.managers_only) and not is_manager(
            request.user, self.workspace.pk
        ):
            self.permission_denied(request, message="Only managers can do this.")


class MemberViewSet(
    mixins.ListModelMixin,
    mixins.UpdateModelMixin,
    mixins.DestroyModelMixin,
    WorkspaceChildViewSet,
):
    serializer_class = MemberSerializer

    def get_queryset(self):
        return self.workspace.memberships.select_related("user").order_by("user__email")

    def perform_update(self, serializer):
        role = serializer.validated_data.get("role")
        if role is None:
            return  # a PATCH without a role changes nothing
        services.change_role(
            membership=serializer.instance, role=role, by=self.request.user
        )

    def perform_destroy(self, instance):
        services.remove_member(membership=instance, by=self.request.user)


class InvitationViewSet(
    mixins.ListModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    WorkspaceChildViewSet,
):
    """Invitations: created with an email and a role, revoked by deleting them."""

    serializer_class = InvitationSerializer
    managers_only = True
    throttle_scope = "invitations"

    def get_throttles(self):
        # Each new invitation may send an email: only creating them is rate-limited.
        return super().get_throttles() if self.action == "create" else []

    def get_queryset(self):
        return Invitation.objects.filter(
            workspace=self.workspace, accepted_at__isnull=True
        ).select_related("invited_by")

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        invitation, token = services.invite(
            workspace=self.workspace, by=request.user, **serializer.validated_data
        )
        data = self.get_serializer(invitation).data
        if not services.invitation_emails_on():
            # No email goes out: the inviter passes the token on.
            data["token"] = token
        return Response(data, status=status.HTTP_201_CREATED)


class AcceptInvitationView(APIView):
    """POST {token}: join the workspace the signed-in user was invited to."""

    permission_classes = [permissions.IsAuthenticated]

    def post(self, request):
        serializer = InvitationAcceptSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.accept_invitation(
            token=serializer.validated_data["token"], user=request.user
        )
        return Response(profile_data(request.user, request))
