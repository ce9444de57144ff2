import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework import status

from apps.audit_entry.generated.factories import AuditEntryFactory

URL = "/api/v1/audit-entries/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client_for_role):
    return client_for_role("auditor")


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


def ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


def test_anonymous_requests_are_refused(api_client):
    response = api_client.get(URL)
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.json()["error"] == "not_authenticated"


def test_list_is_paginated(reader, workspace):
    AuditEntryFactory.create_batch(3, workspace=workspace)
    body = reader.get(URL, {"page_size": 2}).json()
    assert body["count"] == 3
    assert len(body["results"]) == 2
    assert body["next"] is not None
    assert body["previous"] is None


def test_list_shows_only_the_active_workspace(reader, workspace, other_workspace):
    mine = AuditEntryFactory.create(workspace=workspace)
    AuditEntryFactory.create(workspace=other_workspace)
    assert ids(reader.get(URL)) == [mine.pk]


def test_retrieve(reader, workspace):
    row = AuditEntryFactory.create(workspace=workspace)
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["id"] == row.pk


def test_writes_are_not_allowed(reader, workspace):
    row = AuditEntryFactory.create(workspace=workspace)
    response = reader.post(URL, {})
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED
    response = reader.delete(detail(row.pk))
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED


def test_another_workspaces_row_is_not_found(reader, other_workspace):
    row = AuditEntryFactory.create(workspace=other_workspace)
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_list_queries_do_not_grow_with_rows(reader, workspace):
    def queries_for_a_page(rows: int) -> int:
        AuditEntryFactory.create_batch(rows, workspace=workspace)
        with CaptureQueriesContext(connection) as queries:
            response = reader.get(URL, {"page_size": 100})
        assert response.status_code == status.HTTP_200_OK
        return len(queries)

    assert queries_for_a_page(2) == queries_for_a_page(8)
