"""The genome's ``features:`` switches."""

from __future__ import annotations

from .unit import API, Feature, Route

ADMIN = Feature(
    key="admin",
    kind="switch",
    title="the Django admin",
    on=lambda genome: genome.features.admin,
    apps=("apps.core.apps.ProjectAdminConfig",),
    files=(
        "apps/core/admin.py",
        "apps/users/admin.py",
        "apps/users/tests/test_admin.py",
        "apps/{app_label}/admin.py",
        "apps/{app_label}/generated/admin.py",
    ),
    # DJANGO_ADMIN_URL moves it; outside /api/v1/, no entity can reach it.
    routes=(Route("/admin/", "the Django admin"),),
    settings=("ADMIN_URL",),
    app_labels=("admin",),
    docs=("docs/genome.md#features",),
)

API_DOCS = Feature(
    key="api_docs",
    kind="switch",
    title="the OpenAPI schema and its docs",
    on=lambda genome: genome.features.api_docs,
    apps=("drf_spectacular", "drf_spectacular_sidecar"),
    files=("apps/core/schema.py", "apps/core/tests/test_schema.py"),
    routes=(
        Route(f"{API}schema/", "the OpenAPI schema"),
        Route(f"{API}docs/", "the API docs"),
        Route(f"{API}redoc/", "the API docs"),
    ),
    settings=("SPECTACULAR_SETTINGS", "REST_FRAMEWORK.DEFAULT_SCHEMA_CLASS"),
    requirements=("drf-spectacular", "drf-spectacular-sidecar"),
    app_labels=("drf_spectacular", "drf_spectacular_sidecar"),
    docs=("docs/api-docs.md",),
)

ASYNC_TASKS = Feature(
    key="async_tasks",
    kind="switch",
    title="background tasks on Celery",
    on=lambda genome: genome.features.async_tasks,
    apps=("django_celery_beat",),
    files=("config/celery.py", "apps/users/tasks.py", "apps/users/tests/test_tasks.py"),
    settings=(
        "CELERY_ACCEPT_CONTENT",
        "CELERY_BEAT_SCHEDULE",
        "CELERY_BEAT_SCHEDULER",
        "CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP",
        "CELERY_BROKER_URL",
        "CELERY_RESULT_BACKEND",
        "CELERY_RESULT_EXPIRES",
        "CELERY_RESULT_SERIALIZER",
        "CELERY_TASK_ACKS_LATE",
        "CELERY_TASK_ALWAYS_EAGER",
        "CELERY_TASK_DEFAULT_QUEUE",
        "CELERY_TASK_EAGER_PROPAGATES",
        "CELERY_TASK_REJECT_ON_WORKER_LOST",
        "CELERY_TASK_SERIALIZER",
        "CELERY_TASK_SOFT_TIME_LIMIT",
        "CELERY_TASK_TIME_LIMIT",
        "CELERY_TIMEZONE",
        "CELERY_WORKER_PREFETCH_MULTIPLIER",
    ),
    requirements=("celery[redis]", "django-celery-beat"),
    app_labels=("django_celery_beat",),
    docs=("docs/async.md",),
)

# Today the switch decides one value: INVITATION_EMAILS, True with it.
EMAIL = Feature(
    key="email",
    kind="switch",
    title="invitations by email",
    on=lambda genome: genome.features.email,
    docs=("docs/genome.md#features",),
)

# Not generated yet: the PCI scope document says the switch is on.
BILLING = Feature(
    key="billing",
    kind="switch",
    title="billing",
    on=lambda genome: genome.features.billing,
    docs=("docs/genome.md#features",),
)

FRONTEND = Feature(
    key="frontend",
    kind="switch",
    title="the web app",
    on=lambda genome: genome.features.frontend,
    files=(
        "frontend/",
        "apps/core/tests/test_web_schema.py",
        "docs/adr/0006-web-app-stack.md",
        ".github/workflows/web.yml",
        "Dockerfile.dockerignore",
        "docker/nginx/web-app.conf.template",
    ),
    # nginx's config for the API alone (copier.yml's _exclude leaves it out).
    replaces=("docker/nginx/default.conf.template",),
    pages=(
        Route("/sign-in", "the web app's sign-in page"),
        Route("/sign-up", "the web app's sign-up page"),
        Route("/forgot-password", "the web app's password reset"),
        Route("/reset-password", "the web app's password reset"),
        Route("/invitations/accept", "the web app's invitations"),
        Route("/workspace", "the web app's workspace settings"),
        Route("/account", "the web app's account page"),
        Route("/audit-log", "the web app's audit log"),
        # Paths nginx sends to Django, not to the web app (docker/nginx/web-app.conf.template).
        Route("/api", "the API, which nginx serves beside the web app"),
        Route("/admin", "the admin, which nginx serves beside the web app"),
        Route("/static", "the API's static files, which nginx serves beside the web app"),
        Route("/healthz", "the health check, which nginx serves beside the web app"),
        Route("/protected-media", "the uploads, which nginx serves beside the web app"),
    ),
    docs=("docs/frontend.md",),
)

SWITCHES = (ADMIN, API_DOCS, ASYNC_TASKS, EMAIL, BILLING, FRONTEND)
