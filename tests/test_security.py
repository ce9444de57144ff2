"""Production settings pass Django's deployment checklist as generated."""

from __future__ import annotations

import os
import secrets

import pytest
from conftest import load, render, run_in


def env_example(project) -> dict[str, str]:
    """The variables .env.example lists, as an operator would set them."""
    pairs = (
        line.split("=", 1)
        for line in (project / ".env.example").read_text().splitlines()
        if line and not line.startswith("#")
    )
    return dict(pairs)


@pytest.fixture(scope="module")
def project(template_src, tmp_path_factory):
    return render(template_src, load("project_management.yml"), tmp_path_factory.mktemp("deploy") / "acme")


def deploy_check(project, **overrides: str):
    env = env_example(project) | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "PATH": os.environ["PATH"],
    }
    return run_in(project, "manage.py", "check", "--deploy", "--fail-level", "WARNING", env=env | overrides)


def test_check_deploy_reports_nothing_with_the_documented_variables(project):
    result = deploy_check(project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_check_deploy_would_catch_a_missing_https_redirect(project):
    result = deploy_check(project, DJANGO_SECURE_SSL_REDIRECT="false")
    assert result.returncode != 0
    assert "security.W008" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_shared_cache(project):
    # Each process's memory would count login attempts per process.
    result = deploy_check(project, REDIS_URL="")
    assert result.returncode != 0
    assert "Set REDIS_URL" in result.stderr


def test_production_refuses_to_start_without_a_secret_key(project):
    env = env_example(project) | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "PATH": os.environ["PATH"],
    }
    env.pop("DJANGO_SECRET_KEY")
    result = run_in(project, "manage.py", "check", env=env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def production_setting(project, expression: str, **overrides: str) -> str:
    env = env_example(project) | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(64),
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "PATH": os.environ["PATH"],
    }
    code = f"from django.conf import settings; print({expression})"
    result = run_in(project, "manage.py", "shell", "-c", code, env=env | overrides)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_production_never_runs_with_debug_on(project):
    # The post-copy hook writes DJANGO_DEBUG=true into .env for local work.
    assert production_setting(project, "settings.DEBUG", DJANGO_DEBUG="true") == "False"
    result = deploy_check(project, DJANGO_DEBUG="true")
    assert result.returncode == 0, result.stdout + result.stderr


def test_hsts_preload_is_off_unless_asked_for(project):
    assert production_setting(project, "settings.SECURE_HSTS_PRELOAD") == "False"
    on = production_setting(project, "settings.SECURE_HSTS_PRELOAD", DJANGO_SECURE_HSTS_PRELOAD="true")
    assert on == "True"
    result = deploy_check(project, DJANGO_SECURE_HSTS_PRELOAD="true")
    assert result.returncode == 0, result.stdout + result.stderr
