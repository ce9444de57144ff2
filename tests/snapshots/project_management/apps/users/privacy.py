"""Data-subject rights: a user's personal data, exported or erased.

The export holds everything the project keeps about the user: the account, their
memberships and invitations, and their subject rows with those rows' pii fields
(``apps.users.personal_data``). The erasure anonymises the account and those pii
fields in one transaction, and keeps the rows: other people's data stays.
GDPR articles 15, 17 and 20: https://gdpr-info.eu/art-15-gdpr/
"""

import copy
import logging
from functools import partial
from typing import Any

from django.apps import apps
from django.db import transaction
from django.db.models import Q
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from rest_framework import status
from rest_framework.throttling import BaseThrottle

from apps.core.exceptions import ApplicationError
from apps.users.models import Invitation, Membership, User
from apps.users.personal_data import PERSONAL_DATA
from apps.users.roles import OWNER_ROLE
from apps.users.services import forget_sessions

# An erased account's address: unique, and never delivered (RFC 2606 .invalid).
ERASED_EMAIL = "erased-{pk}@erased.invalid"
# Without the audit log app, each export and erasure is a line of this log.
logger = logging.getLogger(__name__)


def export_personal_data(user: User, *, request) -> dict[str, Any]:
    """Everything held about ``user``; encode it with DjangoJSONEncoder."""
    memberships = Membership.objects.filter(user=user).select_related("workspace")
    data = {
        "exported_at": timezone.now(),
        "account": {
            "id": user.pk,
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "active_workspace": user.active_workspace_id,
        },
        "memberships": [
            {
                "workspace": {"id": m.workspace_id, "name": m.workspace.name},
                "role": m.role,
                "since": m.created_at,
            }
            for m in memberships
        ],
        "invitations_sent": [
            _invitation(i) for i in Invitation.objects.filter(invited_by=user)
        ],
        "invitations_received": [
            _invitation(i) for i in Invitation.objects.filter(email__iexact=user.email)
        ],
        "records": [
            row
            for label, spec in PERSONAL_DATA.items()
            for row in _records(user, label, spec)
        ],
    }
    audit(request, user, "export")
    return data


@transaction.atomic
def erase_personal_data(user: User, *, request) -> None:
    """Anonymise the account and the pii of its subject rows; sign it out everywhere.

    Refused while the user is the only owner of a workspace with other members.
    """
    _refuse_sole_owner(user)
    former_email = user.email
    user.email = ERASED_EMAIL.format(pk=user.pk)
    user.first_name = user.last_name = ""
    user.set_unusable_password()
    user.is_active = False
    user.save(
        update_fields=["email", "first_name", "last_name", "password", "is_active"]
    )
    Invitation.objects.filter(email__iexact=former_email).update(
        email=user.email, updated_at=timezone.now()
    )
    forget_sessions(user)
    for label, spec in PERSONAL_DATA.items():
        if spec["erase"]:
            _erase(user, label, spec)
    audit(request, user, "erase")


def audit(request, user: User, action: str) -> None:
    """A log line: ``user`` exported or erased their personal data, from where."""
    logger.info(
        "Personal data %s: user %s, IP %s, user agent %r",
        action,
        user.pk,
        BaseThrottle().get_ident(request),
        request.META.get("HTTP_USER_AGENT", ""),
    )


def _refuse_sole_owner(user: User) -> None:
    # Every owner row of the user's workspaces is locked, in one order, so that two
    # co-owners erasing at once cannot each count on the other.
    owned = Membership.objects.filter(user=user, role=OWNER_ROLE).values("workspace")
    owners = (
        Membership.objects.select_for_update(of=("self",))
        .filter(workspace__in=owned, role=OWNER_ROLE)
        .select_related("workspace")
        .order_by("pk")
    )
    stranded = []
    for membership in owners:
        if membership.user_id != user.pk:
            continue
        others = Membership.objects.filter(workspace_id=membership.workspace_id)
        # Erased (inactive) accounts neither need an owner nor count as one.
        others = others.exclude(user=user).filter(user__is_active=True)
        if others.exists() and not others.filter(role=OWNER_ROLE).exists():
            stranded.append(membership.workspace.name)
    if stranded:
        role = OWNER_ROLE.label.lower()
        raise ApplicationError(
            f"You are the only {role} of {', '.join(sorted(stranded))}; give the "
            f"{role} role to another member first, or remove the other members.",
            code="sole_owner",
            status_code=status.HTTP_409_CONFLICT,
        )


def _subject_rows(user: User, label: str, spec: dict):
    model = apps.get_model(label)
    points_at_user = Q()
    for name in spec["relations"]:
        points_at_user |= Q(**{name: user})
    # The base manager sees soft-deleted rows too: they are still held.
    return model, model._base_manager.filter(points_at_user).distinct().order_by("pk")


def _records(user: User, label: str, spec: dict) -> list[dict[str, Any]]:
    model, rows = _subject_rows(user, label, spec)
    pointing = {
        name: set(
            model._base_manager.filter(**{name: user}).values_list("pk", flat=True)
        )
        for name in spec["relations"]
    }
    roles = dict(Membership.objects.filter(user=user).values_list("workspace", "role"))
    return [
        {
            "entity": label,
            "id": row.pk,
            "workspace": getattr(row, "workspace_id", None),
            "relations": [name for name, pks in pointing.items() if row.pk in pks],
            "pii": {
                name: _value(getattr(row, name)) for name in _readable(spec, row, roles)
            },
        }
        for row in rows
    ]


def _readable(spec: dict, row, roles: dict[Any, str]) -> list[str]:
    """The pii fields of ``row`` the user reads: one with visible_to only when the
    user's role in the row's workspace is one of its roles."""
    role = roles.get(getattr(row, "workspace_id", None))
    visible_to = spec.get("visible_to", {})
    return [
        name
        for name in spec["pii"]
        if name not in visible_to or role in visible_to[name]
    ]


def _erase(user: User, label: str, spec: dict) -> None:
    model, rows = _subject_rows(user, label, spec)
    rows = list(rows)
    now = timezone.now()
    for row in rows:
        for name, value in spec["erase"].items():
            stored = getattr(row, name)
            if isinstance(stored, FieldFile) and stored.name:
                # The file goes once the erasure is committed, not before.
                transaction.on_commit(partial(stored.storage.delete, stored.name))
            erased = value.format(pk=row.pk) if isinstance(value, str) else value
            setattr(row, name, copy.copy(erased))
        row.updated_at = now
    model._base_manager.bulk_update(
        rows, [*spec["erase"], "updated_at"], batch_size=500
    )


def _invitation(invitation: Invitation) -> dict[str, Any]:
    return {
        "id": invitation.pk,
        "workspace": invitation.workspace_id,
        "email": invitation.email,
        "role": invitation.role,
        "invited_at": invitation.created_at,
        "expires_at": invitation.expires_at,
        "accepted_at": invitation.accepted_at,
    }


def _value(value: Any) -> Any:
    return (value.name or None) if isinstance(value, FieldFile) else value
