"""Settings for the test suite: fast hashing, in-memory mail, throwaway media."""

import atexit
import shutil
import tempfile
import uuid

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env.str("DJANGO_SECRET_KEY", default="django-insecure-tests-only")
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Uploads go to a directory of this process, removed when it exits.
MEDIA_ROOT = tempfile.mkdtemp(prefix="media-")
atexit.register(shutil.rmtree, MEDIA_ROOT, ignore_errors=True)
AUTH_COOKIE_SECURE = False
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Tasks run at once in the caller's process (and its test transaction), so tests
# of the services see their email; apps/users/tests/test_tasks.py starts a real
# worker on Redis for the way through the broker.
# https://docs.celeryq.dev/en/stable/userguide/testing.html
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_BROKER_URL = env.str(
    "CELERY_TEST_BROKER_URL", default="redis://127.0.0.1:6379/14"
)
CELERY_RESULT_BACKEND = CELERY_BROKER_URL
# A queue per test process: parallel test runs never take each other's tasks.
CELERY_TASK_DEFAULT_QUEUE = f"tests-{uuid.uuid4().hex}"
