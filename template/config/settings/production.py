"""Settings for production: everything secret or host-specific comes from the environment.

Checked by `python manage.py check --deploy`:
https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import REDIS_URL, env

# Never on in production, whatever DJANGO_DEBUG says: .env is written for local
# work (DJANGO_DEBUG=true), and a debug page would show settings and source code.
DEBUG = False
SECRET_KEY = env.str("DJANGO_SECRET_KEY")
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS")

# The cache counts login attempts and holds one-time markers: every process must
# share it, so production needs Redis, not each process's memory.
if not REDIS_URL:
    raise ImproperlyConfigured(
        "Set REDIS_URL, such as redis://127.0.0.1:6379/0: production needs a cache "
        "that every process shares."
    )

# HTTPS: the proxy in front terminates TLS and says so in X-Forwarded-Proto.
# https://docs.djangoproject.com/en/5.2/ref/settings/#secure-proxy-ssl-header
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("DJANGO_SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading asks browsers to ship this domain as HTTPS-only, which takes months to
# undo and binds every subdomain: opt in once all of them serve HTTPS
# (https://hstspreload.org). While it is off, the deploy check's reminder is silenced.
SECURE_HSTS_PRELOAD = env.bool("DJANGO_SECURE_HSTS_PRELOAD", default=False)
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
