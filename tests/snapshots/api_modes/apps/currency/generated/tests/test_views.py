import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework import status

from apps.core.testing import request_kwargs
from apps.currency.generated.factories import CurrencyFactory
from apps.currency.generated.tests.payloads import payload
from apps.currency.models import Currency

URL = "/api/v1/currencies/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(member_client):
    return member_client


@pytest.fixture
def creator(staff_client):
    return staff_client


@pytest.fixture
def updater(staff_client):
    return staff_client


@pytest.fixture
def deleter(staff_client):
    return staff_client


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


def ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


def test_anonymous_requests_are_refused(api_client):
    response = api_client.get(URL)
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.json()["error"] == "not_authenticated"


def test_list_is_paginated(reader, workspace):
    CurrencyFactory.create_batch(3)
    body = reader.get(URL, {"page_size": 2}).json()
    assert body["count"] == 3
    assert len(body["results"]) == 2
    assert body["next"] is not None
    assert body["previous"] is None


def test_retrieve(reader, workspace):
    row = CurrencyFactory.create()
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["id"] == row.pk


def test_create(creator, workspace):
    response = creator.post(URL, **request_kwargs(payload(workspace)))
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    pk = response.json()["id"]
    assert Currency.objects.filter(pk=pk).exists()
    # The version to send back as If-Match, without reading the row again.
    assert response["ETag"] == creator.get(detail(pk))["ETag"]


def test_update(updater, reader, workspace):
    row = CurrencyFactory.create()
    saved = row.updated_at
    response = updater.put(detail(row.pk), **request_kwargs(payload(workspace)))
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert row.updated_at > saved
    # The answer is the row as stored.
    assert reader.get(detail(row.pk)).json() == response.json()


def test_partial_update(updater, workspace):
    row = CurrencyFactory.create()
    saved = row.updated_at
    response = updater.patch(detail(row.pk), {}, format="json")
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert row.updated_at > saved


def test_if_match_refuses_to_overwrite_a_newer_row(updater, reader, workspace):
    row = CurrencyFactory.create()
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
    row = CurrencyFactory.create()
    tag = reader.get(detail(row.pk))["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = updater.patch(detail(row.pk), {}, format="json", HTTP_IF_MATCH=tag)
    assert response.status_code == status.HTTP_200_OK, response.json()
    table = f'FROM "{type(row)._meta.db_table}"'
    reads = [sql for sql in (q["sql"] for q in queries) if table in sql]
    assert "FOR UPDATE" in reads[0], reads


def test_delete(deleter, workspace):
    row = CurrencyFactory.create()
    response = deleter.delete(detail(row.pk))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Currency.objects.filter(pk=row.pk).exists()


def test_members_cannot_change_shared_data(member_client, workspace):
    response = member_client.post(URL, **request_kwargs(payload(workspace)))
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_list_queries_do_not_grow_with_rows(reader, workspace):
    def queries_for_a_page(rows: int) -> int:
        CurrencyFactory.create_batch(rows)
        with CaptureQueriesContext(connection) as queries:
            response = reader.get(URL, {"page_size": 100})
        assert response.status_code == status.HTTP_200_OK
        return len(queries)

    assert queries_for_a_page(2) == queries_for_a_page(8)
