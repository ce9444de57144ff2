import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework import status

from apps.region.generated.factories import RegionFactory
from apps.region.models import Region

URL = "/api/v1/regions/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(member_client):
    return member_client


def detail(pk: int) -> str:
    return f"{URL}{pk}/"


def ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


def test_anonymous_requests_are_refused(api_client):
    response = api_client.get(URL)
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.json()["error"] == "not_authenticated"


def test_list_is_paginated(reader, workspace):
    RegionFactory.create_batch(3)
    body = reader.get(URL, {"page_size": 2}).json()
    assert body["count"] == 3
    assert len(body["results"]) == 2
    assert body["next"] is not None
    assert body["previous"] is None


def test_retrieve(reader, workspace):
    row = RegionFactory.create()
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["id"] == row.pk


def test_writes_are_not_allowed(reader, workspace):
    row = RegionFactory.create()
    response = reader.post(URL, {})
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED
    response = reader.delete(detail(row.pk))
    assert response.status_code == status.HTTP_405_METHOD_NOT_ALLOWED


@pytest.mark.parametrize("field", ["name"])
def test_search(reader, workspace, field):
    created = RegionFactory.create_batch(2)
    wanted = created[0]
    term = str(getattr(wanted, field))
    found = ids(reader.get(URL, {"search": term}))
    assert wanted.pk in found
    # Each row found holds every word of the term in a searched field.
    searched = ("name",)
    rows = Region.objects.filter(pk__in=found)
    for row in rows:
        values = [str(getattr(row, name)).lower() for name in searched]
        for word in term.lower().replace(",", " ").split():
            assert any(word in value for value in values), (row.pk, word)


def test_list_queries_do_not_grow_with_rows(reader, workspace):
    def queries_for_a_page(rows: int) -> int:
        RegionFactory.create_batch(rows)
        with CaptureQueriesContext(connection) as queries:
            response = reader.get(URL, {"page_size": 100})
        assert response.status_code == status.HTTP_200_OK
        return len(queries)

    assert queries_for_a_page(2) == queries_for_a_page(8)
