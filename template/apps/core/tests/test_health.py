import socket

import pytest


def closed_port() -> int:
    """A port on 127.0.0.1 that refuses connections."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_healthz_answers_200_when_the_database_and_the_cache_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "checks": {"database": "ok", "cache": "ok"},
    }
    assert "no-cache" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_naming_the_check_that_failed(client, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {
        "status": "unavailable",
        "checks": {"database": "ok", "cache": "failed"},
    }


@pytest.mark.django_db
def test_healthz_ignores_the_host_name_and_the_https_redirect(client, settings):
    """Probes call it over plain HTTP by IP address, whatever ALLOWED_HOSTS says."""
    settings.ALLOWED_HOSTS = ["api.example.com"]
    settings.SECURE_SSL_REDIRECT = True
    assert client.get("/healthz", HTTP_HOST="10.0.0.7:8000").status_code == 200
    assert client.head("/healthz", HTTP_HOST="127.0.0.1").status_code == 200
    # Everything else still gets both protections.
    assert client.get("/api/v1/", HTTP_HOST="10.0.0.7:8000").status_code == 400
    response = client.get("/api/v1/", HTTP_HOST="api.example.com")
    assert response.status_code == 301
