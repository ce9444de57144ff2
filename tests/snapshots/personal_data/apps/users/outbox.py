"""Email leaves once the transaction commits, from this process (emails.py).

The request that asked for it has succeeded by then: a mail server that fails or
times out (EMAIL_TIMEOUT) is logged, never an error for the user.
"""

import logging

from django.db import transaction

from apps.users import emails

logger = logging.getLogger(__name__)


def after_commit(send, *args) -> None:
    def deliver() -> None:
        try:
            send(*args)
        except Exception:
            logger.exception("Could not send %s%r.", send.__name__, args[:1])

    transaction.on_commit(deliver)


def send_invitation(invitation_id: int, token: str) -> None:
    after_commit(emails.send_invitation, invitation_id, token)


def send_password_reset(user_id: int, token: str) -> None:
    after_commit(emails.send_password_reset, user_id, token)
