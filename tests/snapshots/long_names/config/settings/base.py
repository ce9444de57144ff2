"""Settings shared by every environment, read from the environment only.

Every variable is listed in .env.example. Reference:
https://docs.djangoproject.com/en/5.2/ref/settings/
"""

from datetime import timedelta
from pathlib import Path

import environ
from corsheaders.defaults import default_headers
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# A .env file is optional; variables already in the environment win.
env.read_env(BASE_DIR / ".env")

PROJECT_NAME = (
    "Größe & Co. Ops: An Extraordinarily Long Product Name For Testing Purposes"
)
PROJECT_DESCRIPTION = ""

DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=[])

# Applications
# https://docs.djangoproject.com/en/5.2/ref/settings/#installed-apps
DJANGO_APPS = [
    "apps.core.apps.ProjectAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
]
THIRD_PARTY_APPS = [
    "corsheaders",
    "rest_framework",
    "rest_framework_simplejwt.token_blacklist",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
]
LOCAL_APPS = [
    "apps.core",
    "apps.users",
    "apps.another_extremely_long_entity_name",
    "apps.blood_pressure_measurement_schedu",
    "apps.patient_insurance_authorization_request",
    "apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

MIDDLEWARE = [
    # First: answers /healthz for probes before the host check and the HTTPS redirect.
    "apps.core.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Signed-in responses are Cache-Control: no-store.
    "apps.core.middleware.NoStoreMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Database: PostgreSQL only; the models use JSONB and array columns.
# https://docs.djangoproject.com/en/5.2/ref/settings/#databases
DATABASES = {"default": env.db("DATABASE_URL")}
if DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
    raise ImproperlyConfigured(
        "DATABASE_URL must point to PostgreSQL, such as "
        "postgres://user:password@127.0.0.1:5432/grosse_co_ops_an_extraordinarily_long_produ_638367; "
        "this project uses PostgreSQL features (JSONB, ArrayField)."
    )
# Each server thread keeps its own connection open for CONN_MAX_AGE seconds: a
# deployment holds up to gunicorn workers x threads x containers connections (6 x 4
# per container by default, logged when gunicorn starts; gunicorn.conf.py), and
# management commands hold more. Keep the total under
# PostgreSQL's max_connections (100 by default), or put PgBouncer in front and set
# DATABASE_CONN_MAX_AGE=0.
# https://docs.djangoproject.com/en/5.2/ref/databases/#persistent-connections
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Authentication
# https://docs.djangoproject.com/en/5.2/topics/auth/customizing/
AUTH_USER_MODEL = "users.User"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
_VALIDATORS = "django.contrib.auth.password_validation"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"{_VALIDATORS}.UserAttributeSimilarityValidator"},
    {"NAME": f"{_VALIDATORS}.MinimumLengthValidator"},
    {"NAME": f"{_VALIDATORS}.CommonPasswordValidator"},
    {"NAME": f"{_VALIDATORS}.NumericPasswordValidator"},
]

# Internationalisation
# https://docs.djangoproject.com/en/5.2/topics/i18n/
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# Static and uploaded files
# https://docs.djangoproject.com/en/5.2/howto/static-files/
# A relative DJANGO_STATIC_ROOT or DJANGO_MEDIA_ROOT is taken from BASE_DIR.
STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / env.str("DJANGO_STATIC_ROOT", default="staticfiles")
MEDIA_URL = "media/"
MEDIA_ROOT = BASE_DIR / env.str("DJANGO_MEDIA_ROOT", default="media")
# Uploads are served by apps.core.uploads.FileView, to the row's readers only. Behind
# nginx, set this to nginx's internal location for MEDIA_ROOT ("/protected-media/"
# in the containers): the view checks who asks and nginx sends the file. Empty: the
# view sends the file itself.
MEDIA_ACCEL_REDIRECT = env.str("DJANGO_MEDIA_ACCEL_REDIRECT", default="")

# Cache: Redis when REDIS_URL is set (shared by every process, as login
# throttling needs in production), else process memory.
# https://docs.djangoproject.com/en/5.2/topics/cache/#redis
REDIS_URL = env.str("REDIS_URL", default="")
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
    }
    if REDIS_URL
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

# Email: https://django-environ.readthedocs.io/en/latest/types.html#environ-env-email-url
_EMAIL = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _EMAIL["EMAIL_BACKEND"]
EMAIL_HOST = _EMAIL.get("EMAIL_HOST") or "localhost"
EMAIL_PORT = _EMAIL.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _EMAIL.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _EMAIL.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _EMAIL.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _EMAIL.get("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env.str("DJANGO_DEFAULT_FROM_EMAIL", default="noreply@localhost")
# Seconds the mail server has to answer; a failed send is logged (apps/users/outbox.py).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
# Invitations are emailed (features.email in the genome); otherwise the API hands
# the invitation token to the inviter.
INVITATION_EMAILS = False
# Links in emails point to the front end.
FRONTEND_URL = env.str("FRONTEND_URL", default="http://localhost:3000")

# Browsers on these origins may call the API with cookies.
# https://github.com/adamchainz/django-cors-headers#configuration
CORS_ALLOWED_ORIGINS = env.list("DJANGO_CORS_ALLOWED_ORIGINS", default=[])
CORS_ALLOW_CREDENTIALS = True
# X-Workspace chooses the workspace of a request (apps/core/permissions.py).
CORS_ALLOW_HEADERS = (*default_headers, "x-workspace")
CSRF_TRUSTED_ORIGINS = env.list("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# Admin, at a URL of your choosing.
ADMIN_URL = env.str("DJANGO_ADMIN_URL", default="admin/")

# Django REST framework
# https://www.django-rest-framework.org/api-guide/settings/
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "apps.users.authentication.CookieJWTAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticated",
    ],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
    ],
    "DEFAULT_PARSER_CLASSES": [
        "apps.core.parsers.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "apps.core.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_FILTER_BACKENDS": [
        "apps.core.filters.FilterBackend",
        "apps.core.filters.SearchFilter",
        "apps.core.filters.OrderingFilter",
    ],
    "EXCEPTION_HANDLER": "apps.core.exceptions.exception_handler",
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.ScopedRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        # Failed sign-ins, per account and per client address (apps/users/throttles.py).
        "login": env.str("THROTTLE_LOGIN", default="10/min"),
        "register": env.str("THROTTLE_REGISTER", default="20/hour"),
        "refresh": env.str("THROTTLE_REFRESH", default="60/min"),
        "password_reset": env.str("THROTTLE_PASSWORD_RESET", default="5/hour"),
        # Changing one's password, which checks the current one.
        "password_change": env.str("THROTTLE_PASSWORD_CHANGE", default="10/hour"),
        # Inviting people, which may email them.
        "invitations": env.str("THROTTLE_INVITATIONS", default="30/hour"),
    },
    # Proxies in front of the app (nginx: 1), so throttling sees the client's IP.
    "NUM_PROXIES": env.int("DJANGO_NUM_PROXIES", default=0),
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    # No ?format= parameter: the API answers JSON (ask for another renderer with
    # the Accept header), and a field named format can be filtered by.
    "URL_FORMAT_OVERRIDE": None,
    "DEFAULT_SCHEMA_CLASS": "apps.core.schema.AutoSchema",
}

# OpenAPI schema at /api/v1/schema/, Swagger UI at /api/v1/docs/, ReDoc at
# /api/v1/redoc/; their JavaScript is served from this project, not a CDN.
# https://drf-spectacular.readthedocs.io/en/latest/settings.html
SPECTACULAR_SETTINGS = {
    "TITLE": PROJECT_NAME,
    "DESCRIPTION": PROJECT_DESCRIPTION,
    "VERSION": "1.0.0",
    "SERVERS": [{"url": "/", "description": "This server"}],
    "SCHEMA_PATH_PREFIX": "/api/v[0-9]+",
    "SERVE_INCLUDE_SCHEMA": False,
    # The schema and docs are public and the same for everyone: they read no token,
    # so a stale one cannot turn them into an error page.
    "SERVE_AUTHENTICATION": [],
    # The schema describes the API's own sign-in only, so it is the same in every
    # settings module (development adds the browsable API's session sign-in).
    "AUTHENTICATION_WHITELIST": [
        "apps.users.authentication.CookieJWTAuthentication",
    ],
    # Separate request and response components, so read-only fields such as id
    # are never asked for in requests.
    "COMPONENT_SPLIT_REQUEST": True,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "SWAGGER_UI_SETTINGS": {"persistAuthorization": True, "withCredentials": True},
    "TAGS": [
        {
            "name": "auth",
            "description": "Sign up, sign in, tokens, the profile and passwords.",
        },
        {
            "name": "workspaces",
            "description": "Workspaces, their members and invitations.",
        },
        {
            "name": "invitations",
            "description": "Accepting an invitation to a workspace.",
        },
        {
            "name": "another-extremely-long-entity-names",
            "description": "List, retrieve, create, update and delete another extremely long entity names of the request's workspace.",
        },
        {
            "name": "blood-pressure-measurement-schedus",
            "description": "List, retrieve, create, update and delete blood pressure measurement schedus of the request's workspace.",
        },
        {
            "name": "patient-insurance-authorization-requests",
            "description": "List, retrieve, create, update and delete patient insurance authorization requests of the request's workspace.",
        },
        {
            "name": "cardiovascular-rehabilitation-program-enrollment-status-change-logs",
            "description": "List, retrieve, create, update and delete cardiovascular rehabilitation program enrollment status change logs of the request's workspace.",
        },
    ],
}

# JSON Web Tokens
# https://django-rest-framework-simplejwt.readthedocs.io/en/latest/settings.html
SIMPLE_JWT = {
    "ACCESS_TOKEN_LIFETIME": timedelta(
        minutes=env.int("JWT_ACCESS_MINUTES", default=15)
    ),
    "REFRESH_TOKEN_LIFETIME": timedelta(days=env.int("JWT_REFRESH_DAYS", default=7)),
    "ROTATE_REFRESH_TOKENS": True,
    "BLACKLIST_AFTER_ROTATION": True,
    "UPDATE_LAST_LOGIN": True,
}
# A refresh token just rotated still gets the same new pair for this many seconds,
# so that two tabs refreshing at once both stay signed in (the shared cache holds
# the pair). 0 refuses any second use.
JWT_REFRESH_GRACE_SECONDS = env.int("JWT_REFRESH_GRACE_SECONDS", default=10)
# Browsers keep the tokens in httpOnly cookies (apps/users/authentication.py).
AUTH_COOKIE_ACCESS = "access_token"
AUTH_COOKIE_REFRESH = "refresh_token"
AUTH_COOKIE_REFRESH_PATH = "/api/v1/auth/"
AUTH_COOKIE_SECURE = True
AUTH_COOKIE_SAMESITE = "Lax"

# Logging: everything to the console, for the process manager to collect.
# https://docs.djangoproject.com/en/5.2/topics/logging/
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {
        "handlers": ["console"],
        "level": env.str("DJANGO_LOG_LEVEL", default="INFO"),
    },
}
