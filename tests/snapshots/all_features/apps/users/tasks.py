"""Background tasks of accounts and workspaces, run by a Celery worker.

Tasks take ids, not objects, and are safe to run twice: a retry or a redelivered
message (CELERY_TASK_ACKS_LATE) never emails twice, and purging again finds
nothing more to delete.
"""

from smtplib import SMTPException

from celery import shared_task

from apps.users import emails, services

# Failures worth another try: the mail server or the network briefly away. Each
# retry waits about twice as long as the last (1 s, 2 s, 4 s... at most 10 minutes),
# jittered so that retries do not all come back at once.
# https://docs.celeryq.dev/en/stable/userguide/tasks.html#automatic-retry-for-known-exceptions
RETRY_TRANSIENT_ERRORS = {
    "autoretry_for": (SMTPException, ConnectionError, TimeoutError),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 10,
}


@shared_task(**RETRY_TRANSIENT_ERRORS)
def send_invitation(invitation_id: int, token: str) -> None:
    emails.send_invitation(invitation_id, token)


@shared_task(**RETRY_TRANSIENT_ERRORS)
def send_password_reset(user_id: int, token: str) -> None:
    emails.send_password_reset(user_id, token)


@shared_task
def purge_expired_credentials() -> dict[str, int]:
    """Runs services.purge_expired_credentials daily (CELERY_BEAT_SCHEDULE in
    config/settings/base.py); ``manage.py purge_expired_credentials`` does it from cron."""
    return services.purge_expired_credentials()
