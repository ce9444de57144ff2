"""Transactional email: password reset and workspace invitations."""

from django.conf import settings
from django.core.mail import send_mail


def send_password_reset(user, uid: str, token: str) -> None:
    link = f"{settings.FRONTEND_URL}/reset-password?uid={uid}&token={token}"
    send_mail(
        subject=f"Reset your {settings.PROJECT_NAME} password",
        message=(
            f"Someone asked to reset the password of {user.email}.\n\n"
            f"Choose a new password here: {link}\n\n"
            "The link works once and expires. If it was not you, ignore this email."
        ),
        from_email=None,
        recipient_list=[user.email],
    )


def send_invitation(invitation, token: str) -> None:
    link = f"{settings.FRONTEND_URL}/invitations/accept?token={token}"
    inviter = invitation.invited_by or "Someone"
    send_mail(
        subject=f"Join {invitation.workspace} on {settings.PROJECT_NAME}",
        message=(
            f"{inviter} invited you to {invitation.workspace} "
            f"as {invitation.get_role_display()}.\n\n"
            f"Accept here: {link}\n\nThe invitation expires on "
            f"{invitation.expires_at:%Y-%m-%d}."
        ),
        from_email=None,
        recipient_list=[invitation.email],
    )
