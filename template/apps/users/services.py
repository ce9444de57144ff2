"""Business rules for accounts, workspaces, memberships and invitations.

Views validate input and call these; these enforce the rules and raise
ApplicationError, which the API turns into the one error format.
"""

from typing import Any

from django.conf import settings
from django.contrib.auth.password_validation import validate_password
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from rest_framework import status
from rest_framework_simplejwt.exceptions import TokenError
from rest_framework_simplejwt.serializers import TokenRefreshSerializer
from rest_framework_simplejwt.settings import api_settings
from rest_framework_simplejwt.token_blacklist.models import (
    BlacklistedToken,
    OutstandingToken,
)
from rest_framework_simplejwt.tokens import RefreshToken, UntypedToken

from apps.core.exceptions import ApplicationError
from apps.users import outbox
from apps.users.models import Invitation, Membership, User, Workspace, hash_token
from apps.users.roles import OWNER_ROLE

# The owner role's name in messages.
OWNER = OWNER_ROLE.label.lower()


@transaction.atomic
def register(*, email: str, password: str, workspace_name: str = "", **profile) -> User:
    """A new user and their first workspace, which they own."""
    user = User.objects.create_user(email=email, password=password, **profile)
    create_workspace(
        user=user, name=workspace_name or f"{email.split('@')[0]}'s workspace"
    )
    return user


@transaction.atomic
def create_workspace(*, user: User, name: str) -> Workspace:
    """A workspace owned by ``user``; it becomes their active one if they had none."""
    workspace = Workspace.objects.create(name=name)
    Membership.objects.create(user=user, workspace=workspace, role=OWNER_ROLE)
    if user.active_workspace_id is None:
        user.active_workspace = workspace
        user.save(update_fields=["active_workspace"])
    return workspace


def switch_workspace(*, user: User, workspace: Workspace) -> None:
    if not workspace.memberships.filter(user=user).exists():
        raise ApplicationError(
            "You are not a member of this workspace.",
            code="not_a_member",
            status_code=status.HTTP_403_FORBIDDEN,
        )
    user.active_workspace = workspace
    user.save(update_fields=["active_workspace"])


def _keep_an_owner(membership: Membership) -> None:
    """Refuse to leave a workspace without a holder of its most privileged role."""
    if membership.role != OWNER_ROLE:
        return
    # Every owner row is locked (a count would lock nothing: Django drops FOR UPDATE
    # from an aggregate), so two owners cannot step down at once. A deactivated
    # (erased) account's membership does not count as an owner.
    owners = (
        Membership.objects.select_for_update(of=("self",))
        .filter(workspace_id=membership.workspace_id, role=OWNER_ROLE)
        .select_related("user")
    )
    if not any(o.pk != membership.pk and o.user.is_active for o in owners):
        raise ApplicationError(
            f"A workspace needs at least one {OWNER_ROLE.label.lower()}; "
            "give the role to someone else first.",
            code="last_owner",
            status_code=status.HTTP_409_CONFLICT,
        )


@transaction.atomic
def change_role(*, membership: Membership, role: str, by: User) -> Membership:
    if OWNER_ROLE in (role, membership.role):
        _require_an_owner(
            by,
            membership.workspace_id,
            f"Only a {OWNER} can make someone a {OWNER} or change a {OWNER}'s role.",
        )
    if role != membership.role:
        _keep_an_owner(membership)
        membership.role = role
        membership.save(update_fields=["role", "updated_at"])
    return membership


@transaction.atomic
def remove_member(*, membership: Membership, by: User) -> None:
    if membership.role == OWNER_ROLE:
        _require_an_owner(
            by,
            membership.workspace_id,
            f"Only a {OWNER} can remove a {OWNER}.",
            code="owner_only",
        )
    _keep_an_owner(membership)
    user = membership.user
    membership.delete()
    if user.active_workspace_id == membership.workspace_id:
        user.active_workspace = None
        user.save(update_fields=["active_workspace"])


def _require_an_owner(
    user: User, workspace_id: int, message: str, *, code: str = "role_not_grantable"
) -> None:
    """Refuse (403) unless ``user`` holds the owner role in the workspace."""
    if not Membership.objects.filter(
        user=user, workspace_id=workspace_id, role=OWNER_ROLE
    ).exists():
        raise ApplicationError(
            message, code=code, status_code=status.HTTP_403_FORBIDDEN
        )


@transaction.atomic
def invite(
    *, workspace: Workspace, email: str, role: str, by: User
) -> tuple[Invitation, str]:
    """An invitation and its token; the token is emailed when invitation email is on."""
    if role == OWNER_ROLE:
        _require_an_owner(
            by, workspace.pk, f"Only a {OWNER} can invite with that role."
        )
    if workspace.memberships.filter(user__email__iexact=email).exists():
        raise ApplicationError(
            f"{email} is already a member of this workspace.",
            code="already_member",
            fields={"email": ["Already a member."]},
        )
    token, token_hash = Invitation.new_token()
    invitation = Invitation.objects.create(
        workspace=workspace,
        email=email,
        role=role,
        token_hash=token_hash,
        invited_by=by,
    )
    if invitation_emails_on():
        outbox.send_invitation(invitation.pk, token)
    return invitation, token


def invitation_emails_on() -> bool:
    return settings.INVITATION_EMAILS


@transaction.atomic
def accept_invitation(*, token: str, user: User) -> Membership:
    invitation = (
        Invitation.objects.select_for_update()
        .select_related("workspace")
        .filter(token_hash=hash_token(token))
        .first()
    )
    if invitation is None:
        raise ApplicationError(
            "This invitation does not exist or was revoked.",
            code="invitation_not_found",
            status_code=status.HTTP_404_NOT_FOUND,
        )
    if invitation.accepted_at is not None:
        raise ApplicationError(
            "This invitation was already used.", code="invitation_used"
        )
    if invitation.expires_at <= timezone.now():
        raise ApplicationError(
            "This invitation has expired; ask for a new one.", code="invitation_expired"
        )
    if invitation.email.lower() != user.email.lower():
        raise ApplicationError(
            "This invitation was sent to another email address.",
            code="invitation_email_mismatch",
            status_code=status.HTTP_403_FORBIDDEN,
        )
    membership, created = Membership.objects.get_or_create(
        user=user, workspace=invitation.workspace, defaults={"role": invitation.role}
    )
    if not created:
        raise ApplicationError(
            "You are already a member of this workspace.", code="already_member"
        )
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at", "updated_at"])
    user.active_workspace = invitation.workspace
    user.save(update_fields=["active_workspace"])
    return membership


def rotate_refresh_token(raw: str) -> dict[str, Any]:
    """A new access and refresh token for the refresh token ``raw``, which is
    blacklisted; raises TokenError when ``raw`` is invalid, expired or used.

    Two tabs that refresh at once send the same token. The second, within
    JWT_REFRESH_GRACE_SECONDS of the first, gets the same new pair rather than a 401
    that would sign the user out. Refreshes of one token wait for each other on its
    outstanding row, so the second always finds what the first stored.
    """
    # The signature and the expiry; not the blacklist. (simplejwt annotates the
    # encoded token as a Token.)
    token = UntypedToken(raw)  # type: ignore[arg-type]
    if token.get(api_settings.TOKEN_TYPE_CLAIM) != RefreshToken.token_type:
        raise TokenError("The token is not a refresh token.")
    jti = token[api_settings.JTI_CLAIM]
    rotated = f"users:refresh-rotated:{jti}"
    with transaction.atomic():
        list(
            OutstandingToken.objects.select_for_update()
            .filter(jti=jti)
            .order_by()
            .values_list("pk", flat=True)
        )
        tokens = cache.get(rotated)
        if tokens is not None:
            # The pair the first refresh made, unless it was revoked since (sign
            # out, password change, erasure): then this refresh is refused too.
            RefreshToken(tokens["refresh"])
            return tokens
        serializer = TokenRefreshSerializer(data={"refresh": raw})
        try:
            serializer.is_valid(raise_exception=True)
        except (ObjectDoesNotExist, ValueError, TypeError):
            # Signed by this project, but naming no user (deleted, or not an id).
            raise TokenError("The token names no user of this project.") from None
        tokens = serializer.validated_data
        cache.set(rotated, tokens, timeout=settings.JWT_REFRESH_GRACE_SECONDS)
    return tokens


@transaction.atomic
def purge_expired_credentials() -> dict[str, int]:
    """Delete refresh tokens past their expiry, with their blacklist entries, and
    invitations that expired unaccepted; the rows deleted, by model."""
    now = timezone.now()
    _, tokens = OutstandingToken.objects.filter(expires_at__lte=now).delete()
    _, invitations = Invitation.objects.filter(
        expires_at__lte=now, accepted_at__isnull=True
    ).delete()
    return {**tokens, **invitations}


def forget_sessions(user: User) -> None:
    """Blacklist every refresh token of ``user``: other devices must sign in again."""
    tokens = OutstandingToken.objects.filter(user=user, blacklistedtoken__isnull=True)
    BlacklistedToken.objects.bulk_create(
        [BlacklistedToken(token=token) for token in tokens], ignore_conflicts=True
    )


@transaction.atomic
def change_password(*, user: User, new_password: str) -> None:
    validate_password(new_password, user)
    user.set_password(new_password)
    user.save(update_fields=["password"])
    forget_sessions(user)


def request_password_reset(*, email: str) -> None:
    """Email a reset link if an active account has this address; say nothing either way."""
    user = User.objects.filter(email__iexact=email, is_active=True).first()
    if user is None:
        return
    outbox.send_password_reset(user.pk, default_token_generator.make_token(user))


def reset_password(*, uid: str, token: str, new_password: str) -> User:
    """Set a new password from an emailed link; the link works once and expires."""
    invalid = ApplicationError(
        "This reset link is invalid or has expired; ask for a new one.",
        code="invalid_reset_link",
    )
    try:
        user = User.objects.get(
            pk=force_str(urlsafe_base64_decode(uid)), is_active=True
        )
    except (User.DoesNotExist, ValueError, TypeError, OverflowError):
        raise invalid from None
    if not default_token_generator.check_token(user, token):
        raise invalid
    change_password(user=user, new_password=new_password)
    return user
