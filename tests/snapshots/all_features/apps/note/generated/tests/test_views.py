import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework import status

from apps.core.testing import request_kwargs
from apps.note.generated.factories import NoteFactory
from apps.note.generated.tests.payloads import payload
from apps.note.models import Note
from apps.note.serializers import NoteSerializer
from apps.visit.generated.factories import VisitFactory

URL = "/api/v1/notes/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client_for_role):
    return client_for_role("owner")


@pytest.fixture
def creator(client_for_role):
    return client_for_role("owner")


@pytest.fixture
def updater(client_for_role):
    return client_for_role("clinician")


@pytest.fixture
def deleter(client_for_role):
    return client_for_role("owner")


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


def ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


def test_anonymous_requests_are_refused(api_client):
    response = api_client.get(URL)
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.json()["error"] == "not_authenticated"


def test_list_is_paginated(reader, workspace):
    NoteFactory.create_batch(3, workspace=workspace)
    body = reader.get(URL, {"page_size": 2}).json()
    assert body["count"] == 3
    assert len(body["results"]) == 2
    assert body["next"] is not None
    assert body["previous"] is None


def test_list_shows_only_the_active_workspace(reader, workspace, other_workspace):
    mine = NoteFactory.create(workspace=workspace)
    NoteFactory.create(workspace=other_workspace)
    assert ids(reader.get(URL)) == [mine.pk]


def test_retrieve(reader, workspace):
    row = NoteFactory.create(workspace=workspace)
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["id"] == row.pk


def test_create(creator, workspace):
    response = creator.post(URL, **request_kwargs(payload(workspace)))
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    pk = response.json()["id"]
    created = Note.objects.get(pk=pk)
    assert created.workspace == workspace
    # The version to send back as If-Match, without reading the row again.
    assert response["ETag"] == creator.get(detail(pk))["ETag"]


def test_update(updater, reader, workspace):
    row = NoteFactory.create(workspace=workspace)
    saved = row.updated_at
    response = updater.put(detail(row.pk), **request_kwargs(payload(workspace)))
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert row.updated_at > saved
    # The answer is the row as stored, in the fields both roles read (visible_to).
    stored, answer = reader.get(detail(row.pk)).json(), response.json()
    both = stored.keys() & answer.keys()
    assert {k: stored[k] for k in both} == {k: answer[k] for k in both}


def test_partial_update(updater, workspace):
    row = NoteFactory.create(workspace=workspace)
    saved = row.updated_at
    response = updater.patch(detail(row.pk), {}, format="json")
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert row.updated_at > saved


def test_if_match_refuses_to_overwrite_a_newer_row(updater, reader, workspace):
    row = NoteFactory.create(workspace=workspace)
    read = reader.get(detail(row.pk))
    row.save()  # Another client's write, after this one's read.
    stale = updater.patch(detail(row.pk), {}, format="json", HTTP_IF_MATCH=read["ETag"])
    assert stale.status_code == status.HTTP_412_PRECONDITION_FAILED
    assert stale.json()["error"] == "precondition_failed"
    current = reader.get(detail(row.pk))["ETag"]
    fresh = updater.patch(detail(row.pk), {}, format="json", HTTP_IF_MATCH=current)
    assert fresh.status_code == status.HTTP_200_OK, fresh.json()
    assert fresh["ETag"] not in (current, read["ETag"])


def test_if_match_compares_the_row_read_locked(updater, reader, workspace):
    row = NoteFactory.create(workspace=workspace)
    tag = reader.get(detail(row.pk))["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = updater.patch(detail(row.pk), {}, format="json", HTTP_IF_MATCH=tag)
    assert response.status_code == status.HTTP_200_OK, response.json()
    table = f'FROM "{type(row)._meta.db_table}"'
    reads = [sql for sql in (q["sql"] for q in queries) if table in sql]
    assert "FOR UPDATE" in reads[0], reads


def test_delete(deleter, workspace):
    row = NoteFactory.create(workspace=workspace)
    response = deleter.delete(detail(row.pk))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Note.objects.filter(pk=row.pk).exists()


def test_a_relation_to_another_workspace_is_refused(
    creator, workspace, other_workspace
):
    foreign = {"visit": VisitFactory.create(workspace=other_workspace).pk}
    response = creator.post(URL, **request_kwargs(payload(workspace) | foreign))
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert list(response.json()["fields"]) == list(foreign)


def test_another_workspaces_row_is_not_found(reader, other_workspace):
    row = NoteFactory.create(workspace=other_workspace)
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_another_workspaces_row_cannot_be_updated(updater, other_workspace):
    row = NoteFactory.create(workspace=other_workspace)
    response = updater.patch(detail(row.pk), {})
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_another_workspaces_row_cannot_be_deleted(deleter, other_workspace):
    row = NoteFactory.create(workspace=other_workspace)
    response = deleter.delete(detail(row.pk))
    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert Note.objects.filter(pk=row.pk).exists()


@pytest.mark.parametrize("field", ["tags"])
def test_filter_by_list_item(reader, workspace, field):
    wanted = NoteFactory.create(workspace=workspace)
    without = NoteFactory.create(**{field: []}, workspace=workspace)
    list_field = NoteSerializer().fields[field]
    item = list_field.to_representation(getattr(wanted, field))[0]
    found = ids(reader.get(URL, {field: str(item)}))
    assert wanted.pk in found
    assert without.pk not in found


def test_filter_by_visit(member_client, workspace):
    wanted = VisitFactory.create(workspace=workspace)
    row = NoteFactory.create(workspace=workspace, visit=wanted)
    NoteFactory.create(workspace=workspace)
    response = member_client.get(URL, {"visit": wanted.pk})
    assert ids(response) == [row.pk]


def test_list_queries_do_not_grow_with_rows(reader, workspace):
    def queries_for_a_page(rows: int) -> int:
        NoteFactory.create_batch(rows, workspace=workspace)
        with CaptureQueriesContext(connection) as queries:
            response = reader.get(URL, {"page_size": 100})
        assert response.status_code == status.HTTP_200_OK
        return len(queries)

    assert queries_for_a_page(2) == queries_for_a_page(8)
