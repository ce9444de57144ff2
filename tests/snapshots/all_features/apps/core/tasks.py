"""Background tasks of the core app, run by a Celery worker."""

from celery import shared_task

from apps.core.soft_delete import purge


@shared_task
def purge_deleted() -> dict[str, int]:
    """Daily (CELERY_BEAT_SCHEDULE): what ``manage.py purge_deleted`` does."""
    return purge()
