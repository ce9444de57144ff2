"""Email leaves once the transaction commits, from a Celery worker (tasks.py).

The request that asked for it has succeeded by then: a broker that cannot take the
task is logged, never an error for the user.
"""

import logging

from django.db import transaction

from apps.users import tasks

logger = logging.getLogger(__name__)


def after_commit(task, *args) -> None:
    def enqueue() -> None:
        try:
            task.delay(*args)
        except Exception:
            logger.exception("Could not queue %s%r.", task.name, args[:1])

    transaction.on_commit(enqueue)


def send_invitation(invitation_id: int, token: str) -> None:
    after_commit(tasks.send_invitation, invitation_id, token)


def send_password_reset(user_id: int, token: str) -> None:
    after_commit(tasks.send_password_reset, user_id, token)
