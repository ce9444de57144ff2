import importlib

import pytest
from django.urls import clear_url_caches

import config.urls


@pytest.fixture
def reload_urls(settings):
    """Builds the URL configuration again under the test's settings, and after it."""

    def reload() -> None:
        importlib.reload(config.urls)
        clear_url_caches()

    yield reload
    settings.DEBUG = False
    reload()


def test_uploads_are_never_served_from_media_url(
    client, settings, tmp_path, reload_urls
):
    """Not even in development: only the file view, which checks who asks."""
    (tmp_path / "notes.txt").write_text("uploaded")
    settings.MEDIA_ROOT = tmp_path
    settings.DEBUG = True
    reload_urls()
    assert client.get("/media/notes.txt").status_code == 404
