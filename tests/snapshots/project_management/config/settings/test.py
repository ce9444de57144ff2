"""Settings for the test suite: fast hashing, in-memory mail, throwaway media."""

import atexit
import shutil
import tempfile

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
