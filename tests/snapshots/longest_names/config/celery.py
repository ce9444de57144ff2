"""The Celery app: background tasks and the periodic schedule.

Configured from the Django settings named CELERY_* (config/settings/base.py); the
tasks are the ``tasks.py`` modules of the installed apps.
https://docs.celeryq.dev/en/stable/django/first-steps-with-django.html

    celery -A config worker -l info
    celery -A config beat -l info --scheduler django_celery_beat.schedulers:DatabaseScheduler
"""

import os

from celery import Celery

# Production settings unless told otherwise, as for the WSGI and ASGI entry points:
# a worker under DEBUG would keep every query it runs in memory.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

app = Celery("config")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
