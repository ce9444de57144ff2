"""Users, the workspaces they work in (tenants), their roles and invitations."""

import hashlib
import secrets
from datetime import timedelta
from typing import ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from apps.core.models import TimeStampedModel
from apps.users.managers import UserManager
from apps.users.roles import ROLES, Role

INVITATION_LIFETIME = timedelta(days=7)


class User(AbstractUser):
    """A person who signs in with their email address."""

    # No username: the email address signs in. django-stubs types the field as str.
    username = None  # type: ignore[assignment]
    email = models.EmailField("email address", unique=True)
    active_workspace = models.ForeignKey(
        "users.Workspace",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="The workspace the API works in for this user.",
    )

    # Email-first create_user(email, password), unlike auth's UserManager.
    objects: ClassVar[UserManager] = UserManager()  # type: ignore[assignment]

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    class Meta:
        ordering = ("email",)
        constraints = [
            # Addresses differ by more than their case: Ada@ and ada@ are one person.
            models.UniqueConstraint(
                Lower("email"),
                name="users_user_email_case_insensitive_unique",
                violation_error_message="An account with this email already exists.",
            ),
        ]

    def __str__(self) -> str:
        return self.email


class Workspace(TimeStampedModel):
    """A tenant: the rows of every workspace-scoped entity belong to one."""

    name = models.CharField(max_length=150)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="users.Membership",
        related_name="workspaces",
    )

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class Membership(TimeStampedModel):
    """A user's role in a workspace."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    workspace = models.ForeignKey(
        Workspace,
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(max_length=50, choices=Role.choices, default=ROLES[-1])

    class Meta:
        ordering = ("workspace", "user")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "workspace"],
                name="users_membership_unique",
                violation_error_message="This user is already a member of this workspace.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.workspace} ({self.get_role_display()})"


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_expiry():
    return timezone.now() + INVITATION_LIFETIME


class Invitation(TimeStampedModel):
    """An invitation to join a workspace; only the hash of its token is stored."""

    workspace = models.ForeignKey(
        Workspace,
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField()
    role = models.CharField(max_length=50, choices=Role.choices, default=ROLES[-1])
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="invitations_sent",
    )
    expires_at = models.DateTimeField(default=invitation_expiry)
    emailed_at = models.DateTimeField(null=True, blank=True, editable=False)
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.email} to {self.workspace}"

    @staticmethod
    def new_token() -> tuple[str, str]:
        """A fresh token to send, and the hash to store."""
        token = secrets.token_urlsafe(32)
        return token, hash_token(token)
