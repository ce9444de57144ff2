import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from rest_framework import status
from rest_framework.test import APIClient

from apps.core.testing import join, signed_in
from apps.core.uploads import RandomDirectory
from apps.specimen.generated.factories import SpecimenFactory
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db

PAGE = b"<script>alert(1)</script>"
FIELD = "document"
# The admin's URL names for the entity: <ADMIN_PREFIX>_change, <ADMIN_PREFIX>_file.
ADMIN_PREFIX = "admin:specimen_specimen"


def test_each_upload_gets_a_directory_nobody_can_guess():
    upload_to = RandomDirectory("task/attachment/")
    paths = [upload_to(None, "q3-salaries.pdf") for _ in range(2)]
    assert paths[0] != paths[1]
    for path in paths:
        app, field, directory, name = path.split("/")
        assert (app, field, name) == ("task", "attachment", "q3-salaries.pdf")
        assert len(directory) == 32
        int(directory, 16)


def upload(workspace, name: str, content: bytes = PAGE):
    file = SimpleUploadedFile(name, content)
    return SpecimenFactory.create(workspace=workspace, document=file)


def detail_path(row) -> str:
    return f"/api/v1/specimens/{row.pk}/"


def file_path(row) -> str:
    return f"/api/v1/files/specimen/{row.pk}/document/"


@pytest.fixture
def reader(workspace):
    return signed_in(join(workspace, "viewer"))


def test_a_file_downloads_through_the_view_for_a_reader_of_its_row(reader, workspace):
    row = upload(workspace, "page.html")
    detail = reader.get(detail_path(row))
    url = detail.json()[FIELD]
    path = file_path(row)
    assert url == f"http://testserver{path}"
    response = reader.get(path)
    assert response.status_code == status.HTTP_200_OK
    assert response["Content-Disposition"] == 'attachment; filename="page.html"'
    assert response["Content-Type"] == "application/octet-stream"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert b"".join(response.streaming_content) == PAGE


def test_a_safe_image_type_is_shown_inline(reader, workspace):
    row = upload(workspace, "photo.png", b"\x89PNG\r\n\x1a\n")
    response = reader.get(file_path(row))
    assert response.status_code == status.HTTP_200_OK
    assert response["Content-Type"] == "image/png"
    assert response["Content-Disposition"].startswith("inline")


def test_no_one_outside_the_workspace_gets_the_file(workspace, other_workspace):
    row = upload(workspace, "page.html")
    path = file_path(row)
    outsider = signed_in(join(other_workspace, "viewer"))
    response = outsider.get(path)
    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert response.json()["error"] == "not_found"
    assert APIClient().get(path).status_code == status.HTTP_401_UNAUTHORIZED


def test_behind_nginx_the_view_hands_the_file_over(reader, workspace, settings):
    settings.MEDIA_ACCEL_REDIRECT = "/protected-media/"
    row = upload(workspace, "page.html")
    response = reader.get(file_path(row))
    assert response.status_code == status.HTTP_200_OK
    stored = getattr(row, FIELD).name
    assert response["X-Accel-Redirect"] == f"/protected-media/{stored}"
    assert response["Content-Disposition"] == 'attachment; filename="page.html"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content == b""


def test_the_admin_links_each_file_to_a_view_that_sends_it_to_staff(
    client, workspace, settings
):
    row = upload(workspace, "page.html")
    stored = getattr(row, FIELD).name
    client.force_login(UserFactory.create(is_staff=True, is_superuser=True))
    change_page = client.get(reverse(f"{ADMIN_PREFIX}_change", args=[row.pk]))
    link = reverse(f"{ADMIN_PREFIX}_file", args=[row.pk, FIELD])
    assert f'href="{link}"' in change_page.content.decode()
    assert f"{settings.MEDIA_URL}{stored}" not in change_page.content.decode()
    response = client.get(link)
    assert response.status_code == status.HTTP_200_OK
    assert response["Content-Disposition"] == 'attachment; filename="page.html"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == PAGE
    settings.MEDIA_ACCEL_REDIRECT = "/protected-media/"
    response = client.get(link)
    assert response["X-Accel-Redirect"] == f"/protected-media/{stored}"
    assert response.content == b""
    # A member who is not staff is sent to the admin's sign-in page.
    client.force_login(join(workspace, "viewer"))
    assert client.get(link).status_code == status.HTTP_302_FOUND
