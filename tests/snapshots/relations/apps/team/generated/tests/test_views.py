import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework import status

from apps.core.testing import default_of, member_of, other_value, request_kwargs
from apps.country.generated.factories import CountryFactory
from apps.employee.generated.factories import EmployeeFactory
from apps.team.generated.factories import TeamFactory
from apps.team.generated.tests.payloads import payload
from apps.team.models import Team
from apps.team.serializers import TeamSerializer

URL = "/api/v1/teams/"

pytestmark = pytest.mark.django_db


@pytest.fixture
def reader(client_for_role):
    return client_for_role("owner")


@pytest.fixture
def creator(client_for_role):
    return client_for_role("owner")


@pytest.fixture
def updater(client_for_role):
    return client_for_role("owner")


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
    TeamFactory.create_batch(3, workspace=workspace)
    body = reader.get(URL, {"page_size": 2}).json()
    assert body["count"] == 3
    assert len(body["results"]) == 2
    assert body["next"] is not None
    assert body["previous"] is None


def test_list_shows_only_the_active_workspace(reader, workspace, other_workspace):
    mine = TeamFactory.create(workspace=workspace)
    TeamFactory.create(workspace=other_workspace)
    assert ids(reader.get(URL)) == [mine.pk]


def test_retrieve(reader, workspace):
    row = TeamFactory.create(workspace=workspace)
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["id"] == row.pk


def test_create(creator, workspace):
    response = creator.post(URL, **request_kwargs(payload(workspace)))
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    pk = response.json()["id"]
    created = Team.objects.get(pk=pk)
    assert created.workspace == workspace
    # The version to send back as If-Match, without reading the row again.
    assert response["ETag"] == creator.get(detail(pk))["ETag"]


def test_update(updater, reader, workspace):
    row = TeamFactory.create(workspace=workspace)
    saved = row.updated_at
    response = updater.put(detail(row.pk), **request_kwargs(payload(workspace)))
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert row.updated_at > saved
    # The answer is the row as stored.
    assert reader.get(detail(row.pk)).json() == response.json()


def test_partial_update(updater, workspace):
    row = TeamFactory.create(workspace=workspace)
    saved = row.updated_at
    response = updater.patch(detail(row.pk), {}, format="json")
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert row.updated_at > saved


def test_created_by_is_the_user_who_creates_the_row(creator, workspace):
    someone_else = member_of(workspace)
    data = payload(workspace) | {"created_by": someone_else.pk}
    response = creator.post(URL, **request_kwargs(data))
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    me = creator.get("/api/v1/auth/me/").json()["id"]
    assert response.json()["created_by"]["id"] == me
    assert Team.objects.get(pk=response.json()["id"]).created_by_id == me


def test_created_by_is_kept_by_an_update(updater, workspace):
    row = TeamFactory.create(workspace=workspace)
    created_by = row.created_by_id
    me = updater.get("/api/v1/auth/me/").json()["id"]
    data = payload(workspace) | {"created_by": me}
    response = updater.put(detail(row.pk), **request_kwargs(data))
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert row.created_by_id == created_by


@pytest.mark.parametrize("field", ["headcount"])
def test_a_read_only_field_is_not_written_by_the_api(creator, workspace, field):
    default = default_of(Team, field)
    sent = other_value(TeamFactory, field, default)
    value = TeamSerializer().fields[field].to_representation(sent)
    response = creator.post(URL, **request_kwargs(payload(workspace) | {field: value}))
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    created = Team.objects.get(pk=response.json()["id"])
    assert getattr(created, field) == default


@pytest.mark.parametrize("field", ["founded_on"])
def test_a_time_the_server_sets_is_not_taken_from_the_request(
    creator, workspace, field
):
    data = payload(workspace) | {field: "2000-01-01"}
    response = creator.post(URL, **request_kwargs(data))
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    created = Team.objects.get(pk=response.json()["id"])
    assert getattr(created, field).year > 2000


def test_if_match_refuses_to_overwrite_a_newer_row(updater, reader, workspace):
    row = TeamFactory.create(workspace=workspace)
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
    row = TeamFactory.create(workspace=workspace)
    tag = reader.get(detail(row.pk))["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = updater.patch(detail(row.pk), {}, format="json", HTTP_IF_MATCH=tag)
    assert response.status_code == status.HTTP_200_OK, response.json()
    table = f'FROM "{type(row)._meta.db_table}"'
    reads = [sql for sql in (q["sql"] for q in queries) if table in sql]
    assert "FOR UPDATE" in reads[0], reads


def test_delete(deleter, workspace):
    row = TeamFactory.create(workspace=workspace)
    response = deleter.delete(detail(row.pk))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Team.objects.filter(pk=row.pk).exists()


def test_a_relation_to_another_workspace_is_refused(
    creator, workspace, other_workspace
):
    foreign = {"lead": EmployeeFactory.create(workspace=other_workspace).pk}
    response = creator.post(URL, **request_kwargs(payload(workspace) | foreign))
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert list(response.json()["fields"]) == list(foreign)


def test_another_workspaces_row_is_not_found(reader, other_workspace):
    row = TeamFactory.create(workspace=other_workspace)
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_another_workspaces_row_cannot_be_updated(updater, other_workspace):
    row = TeamFactory.create(workspace=other_workspace)
    response = updater.patch(detail(row.pk), {})
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_another_workspaces_row_cannot_be_deleted(deleter, other_workspace):
    row = TeamFactory.create(workspace=other_workspace)
    response = deleter.delete(detail(row.pk))
    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert Team.objects.filter(pk=row.pk).exists()


def test_filter_by_lead(member_client, workspace):
    wanted = EmployeeFactory.create(workspace=workspace)
    row = TeamFactory.create(workspace=workspace, lead=wanted)
    TeamFactory.create(workspace=workspace)
    response = member_client.get(URL, {"lead": wanted.pk})
    assert ids(response) == [row.pk]


def test_filter_by_country(member_client, workspace):
    wanted = CountryFactory.create()
    row = TeamFactory.create(workspace=workspace, country=wanted)
    TeamFactory.create(workspace=workspace)
    response = member_client.get(URL, {"country": wanted.pk})
    assert ids(response) == [row.pk]


@pytest.mark.parametrize("field", ["founded_on"])
@pytest.mark.parametrize("direction", ["", "-"])
def test_ordering(reader, workspace, field, direction):
    TeamFactory.create_batch(3, workspace=workspace)
    found = ids(reader.get(URL, {"ordering": direction + field}))
    rows = Team.objects.in_bulk(found)
    listed = [getattr(rows[pk], field) for pk in found]
    queryset = Team.objects.filter(pk__in=found)
    expected = queryset.order_by(direction + field)
    assert listed == [getattr(row, field) for row in expected]


def test_list_queries_do_not_grow_with_rows(reader, workspace):
    def queries_for_a_page(rows: int) -> int:
        TeamFactory.create_batch(rows, workspace=workspace, full=True)
        with CaptureQueriesContext(connection) as queries:
            response = reader.get(URL, {"page_size": 100})
        assert response.status_code == status.HTTP_200_OK
        return len(queries)

    assert queries_for_a_page(2) == queries_for_a_page(8)
