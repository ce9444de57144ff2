"""The daily purge of soft-deleted rows, as Celery beat runs it."""

import pytest
from django.conf import settings

from apps.core import tasks
from apps.core.soft_delete import soft_delete_models

pytestmark = pytest.mark.django_db


def test_beat_purges_soft_deleted_rows_daily():
    entry = settings.CELERY_BEAT_SCHEDULE["purge-soft-deleted-rows"]
    assert entry["task"] == tasks.purge_deleted.name


def test_the_task_purges_every_soft_deleting_model():
    counts = tasks.purge_deleted.delay().get()
    assert counts == {model._meta.label: 0 for model in soft_delete_models()}
