"""The project every genome gets: Django, DRF, accounts and workspaces."""

from __future__ import annotations

from .unit import API, Feature, Route

PROJECT = Feature(
    key="project",
    kind="project",
    title="accounts and workspaces",
    on=lambda genome: True,
    apps=(
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "django.contrib.messages",
        "django.contrib.staticfiles",
        "django.contrib.postgres",
        "corsheaders",
        "rest_framework",
        "rest_framework_simplejwt.token_blacklist",
        "django_filters",
        "apps.core",
        "apps.users",
    ),
    routes=(
        Route(f"{API}auth/", "signing up, signing in and the profile"),
        Route(f"{API}workspaces/", "workspaces and their members"),
        Route(f"{API}invitations/", "accepting invitations"),
    ),
    requirements=(
        "Django",
        "djangorestframework",
        "djangorestframework-simplejwt",
        "django-filter",
        "django-environ",
        "psycopg[binary]",
        "pillow",
        "argon2-cffi",
        "django-cors-headers",
        "redis",
    ),
    entity_names=("User", "Workspace", "Membership", "Invitation"),
    app_labels=(
        # Django's contrib apps and the third-party apps.
        "auth",
        "contenttypes",
        "sessions",
        "messages",
        "staticfiles",
        "postgres",
        "corsheaders",
        "rest_framework",
        "django_filters",
        "token_blacklist",
        # The project's own apps and packages, and names Django gives a meaning to.
        "core",
        "users",
        "config",
        "apps",
        "tests",
        "test",
        "django",
        "site",
        "sites",
    ),
    docs=("docs/genome.md", "docs/generation.md"),
)
