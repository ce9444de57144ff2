import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from rest_framework import status
from rest_framework.test import APIClient

from apps.core.testing import join, signed_in
from apps.core.uploads import RandomDirectory
from apps.profile.generated.factories import ProfileFactory

pytestmark = pytest.mark.django_db

PAGE = b"<script>alert(1)</script>"
FIELD = "avatar"


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
    return ProfileFactory.create(workspace=workspace, avatar=file)


def detail_path(row) -> str:
    return f"/api/v1/profiles/{row.pk}/"


def file_path(row) -> str:
    return f"/api/v1/files/profile/{row.pk}/avatar/"


@pytest.fixture
def reader(workspace):
    return signed_in(join(workspace, "owner"))


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


def test_a_role_that_retrieves_its_own_rows_gets_their_files_only(workspace):
    user = join(workspace, "member")
    mine, theirs = upload(workspace, "mine.pdf"), upload(workspace, "theirs.pdf")
    mine.member = user
    mine.save()
    client = signed_in(user)
    assert client.get(file_path(mine)).status_code == status.HTTP_200_OK
    assert client.get(file_path(theirs)).status_code == status.HTTP_404_NOT_FOUND


def test_no_one_outside_the_workspace_gets_the_file(workspace, other_workspace):
    row = upload(workspace, "page.html")
    path = file_path(row)
    outsider = signed_in(join(other_workspace, "owner"))
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
