"""Transactional email: password reset and workspace invitations.

Each sender takes ids, not objects, and sends at most once however often it is
called: with background tasks, a task run again (a retry, a redelivered message)
never emails twice. Services reach these through apps/users/outbox.py, which calls
them once the transaction commits, in a task or in the request.
"""

from django.conf import settings
from django.core.cache import cache
from django.core.mail import send_mail
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from apps.users.models import Invitation, User, hash_token


def send_password_reset(user_id: int, token: str) -> None:
    """Email a reset link with ``token``, once per token."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return
    # The link works once; the hash of its token marks it sent.
    sent = f"users:password-reset-email:{hash_token(token)}"
    if not cache.add(sent, True, timeout=settings.PASSWORD_RESET_TIMEOUT):
        return
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    link = f"{settings.FRONTEND_URL}/reset-password?uid={uid}&token={token}"
    message = (
        f"Someone asked to reset the password of {user.email}.\n\n"
        f"Choose a new password here: {link}\n\n"
        "The link works once and expires. If it was not you, ignore this email."
    )
    subject = f"Reset your {settings.PROJECT_NAME} password"
    try:
        send_mail(subject, message, from_email=None, recipient_list=[user.email])
    except Exception:
        cache.delete(sent)  # Not sent: a later call may send it.
        raise


def send_invitation(invitation_id: int, token: str) -> None:
    """Email an open invitation its link, unless it was emailed already."""
    now = timezone.now()
    # Claimed before sending, as a reset email is: one run wins the claim, and no row
    # lock is held while the mail server answers.
    claimed = Invitation.objects.filter(
        pk=invitation_id,
        emailed_at__isnull=True,
        accepted_at__isnull=True,
        expires_at__gt=now,
    ).update(emailed_at=now, updated_at=now)
    if not claimed:
        return
    invitation = Invitation.objects.select_related("workspace", "invited_by").get(
        pk=invitation_id
    )
    link = f"{settings.FRONTEND_URL}/invitations/accept?token={token}"
    inviter = invitation.invited_by or "Someone"
    # A workspace's name is its members' text: no line breaks in a header.
    subject = " ".join(
        f"Join {invitation.workspace} on {settings.PROJECT_NAME}".split()
    )
    try:
        send_mail(
            subject=subject,
            message=(
                f"{inviter} invited you to {invitation.workspace} "
                f"as {invitation.get_role_display()}.\n\n"
                f"Accept here: {link}\n\nThe invitation expires on "
                f"{invitation.expires_at:%Y-%m-%d}."
            ),
            from_email=None,
            recipient_list=[invitation.email],
        )
    except Exception:
        # Not sent: a later call may send it.
        Invitation.objects.filter(pk=invitation_id).update(emailed_at=None)
        raise
