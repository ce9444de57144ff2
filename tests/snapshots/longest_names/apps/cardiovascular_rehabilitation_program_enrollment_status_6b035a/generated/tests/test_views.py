import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from rest_framework import status

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.tests.payloads import (
    payload,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.serializers import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer,
)
from apps.core.testing import member_of, request_kwargs

URL = "/api/v1/cardiovascular-rehabilitation-program-enrollment-status-change-logs/"

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
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create_batch(
        3,
        workspace=workspace,
    )
    body = reader.get(URL, {"page_size": 2}).json()
    assert body["count"] == 3
    assert len(body["results"]) == 2
    assert body["next"] is not None
    assert body["previous"] is None


def test_list_shows_only_the_active_workspace(reader, workspace, other_workspace):
    mine = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=other_workspace,
    )
    assert ids(reader.get(URL)) == [mine.pk]


def test_retrieve(reader, workspace):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["id"] == row.pk


def test_create(creator, workspace):
    response = creator.post(URL, **request_kwargs(payload(workspace)))
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    pk = response.json()["id"]
    created = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.objects.get(
        pk=pk,
    )
    assert created.workspace == workspace
    # The version to send back as If-Match, without reading the row again.
    assert response["ETag"] == creator.get(detail(pk))["ETag"]


def test_update(updater, reader, workspace):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    saved = row.updated_at
    response = updater.put(detail(row.pk), **request_kwargs(payload(workspace)))
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert row.updated_at > saved
    # The answer is the row as stored.
    assert reader.get(detail(row.pk)).json() == response.json()


def test_partial_update(updater, workspace):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    saved = row.updated_at
    response = updater.patch(detail(row.pk), {}, format="json")
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert row.updated_at > saved


@pytest.mark.parametrize(
    ("field", "current", "new"),
    [
        ("state", "a", "b"),
    ],
)
def test_an_allowed_change_is_saved(updater, workspace, field, current, new):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
        **{field: current},
    )
    response = updater.patch(detail(row.pk), {field: new}, format="json")
    assert response.status_code == status.HTTP_200_OK, response.json()
    row.refresh_from_db()
    assert getattr(row, field) == new


@pytest.mark.parametrize(
    ("field", "current", "new", "message"),
    [
        pytest.param(
            "state",
            "b",
            "a",
            'State cannot change from "b" to "a"; "b" is final.',
            id="state-b-a",
        ),
    ],
)
def test_a_refused_change_answers_400(updater, workspace, field, current, new, message):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
        **{field: current},
    )
    response = updater.patch(detail(row.pk), {field: new}, format="json")
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert response.json()["fields"] == {field: [message]}
    row.refresh_from_db()
    assert getattr(row, field) == current


def test_if_match_refuses_to_overwrite_a_newer_row(updater, reader, workspace):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
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
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    tag = reader.get(detail(row.pk))["ETag"]
    with CaptureQueriesContext(connection) as queries:
        response = updater.patch(detail(row.pk), {}, format="json", HTTP_IF_MATCH=tag)
    assert response.status_code == status.HTTP_200_OK, response.json()
    table = f'FROM "{type(row)._meta.db_table}"'
    reads = [sql for sql in (q["sql"] for q in queries) if table in sql]
    assert "FOR UPDATE" in reads[0], reads


def test_delete(deleter, workspace):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    response = deleter.delete(detail(row.pk))
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert (
        not CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.objects.filter(
            pk=row.pk,
        ).exists()
    )


def test_a_relation_to_another_workspace_is_refused(
    creator, workspace, other_workspace
):
    foreign = {"owner": member_of(other_workspace).pk}
    response = creator.post(URL, **request_kwargs(payload(workspace) | foreign))
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert list(response.json()["fields"]) == list(foreign)


def test_another_workspaces_row_is_not_found(reader, other_workspace):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=other_workspace,
    )
    response = reader.get(detail(row.pk))
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_another_workspaces_row_cannot_be_updated(updater, other_workspace):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=other_workspace,
    )
    response = updater.patch(detail(row.pk), {})
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_another_workspaces_row_cannot_be_deleted(deleter, other_workspace):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=other_workspace,
    )
    response = deleter.delete(detail(row.pk))
    assert response.status_code == status.HTTP_404_NOT_FOUND
    assert CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.objects.filter(
        pk=row.pk,
    ).exists()


@pytest.mark.parametrize("field", ["note", "state"])
def test_filter_by_value(reader, workspace, field):
    wanted = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    rows = [wanted]
    # Rows until one has another value, so that an ignored filter would show; a
    # field with one possible value stops at 10 rows.
    while len(rows) < 10 and getattr(rows[-1], field) == getattr(wanted, field):
        rows.append(
            CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
                workspace=workspace,
            ),
        )
    serializer_field = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer().fields[
            field
        ]
    )
    value = serializer_field.to_representation(getattr(wanted, field))
    found = ids(reader.get(URL, {field: value}))
    matching = [row.pk for row in rows if getattr(row, field) == getattr(wanted, field)]
    assert sorted(found) == sorted(matching)


@pytest.mark.parametrize("field", ["tags"])
def test_filter_by_list_item(reader, workspace, field):
    wanted = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    without = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
            **{field: []},
            workspace=workspace,
        )
    )
    list_field = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogSerializer().fields[
            field
        ]
    )
    item = list_field.to_representation(getattr(wanted, field))[0]
    found = ids(reader.get(URL, {field: str(item)}))
    assert wanted.pk in found
    assert without.pk not in found


def test_filter_by_owner(member_client, workspace):
    wanted = member_of(workspace)
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
        owner=wanted,
    )
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    response = member_client.get(URL, {"owner": wanted.pk})
    assert ids(response) == [row.pk]


@pytest.mark.parametrize("field", ["note"])
def test_search(reader, workspace, field):
    created = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create_batch(
        2,
        workspace=workspace,
    )
    wanted = created[0]
    term = str(getattr(wanted, field))
    found = ids(reader.get(URL, {"search": term}))
    assert wanted.pk in found
    # Each row found holds every word of the term in a searched field.
    searched = ("note",)
    rows = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.objects.filter(
        pk__in=found,
    )
    for row in rows:
        values = [str(getattr(row, name)).lower() for name in searched]
        for word in term.lower().replace(",", " ").split():
            assert any(word in value for value in values), (row.pk, word)


@pytest.mark.parametrize("field", ["note"])
@pytest.mark.parametrize("direction", ["", "-"])
def test_ordering(reader, workspace, field, direction):
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create_batch(
        3,
        workspace=workspace,
    )
    found = ids(reader.get(URL, {"ordering": direction + field}))
    rows = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.objects.in_bulk(
        found,
    )
    listed = [getattr(rows[pk], field) for pk in found]
    queryset = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.objects.filter(
            pk__in=found,
        )
    )
    expected = queryset.order_by(direction + field)
    assert listed == [getattr(row, field) for row in expected]


def test_list_queries_do_not_grow_with_rows(reader, workspace):
    def queries_for_a_page(rows: int) -> int:
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create_batch(
            rows,
            workspace=workspace,
            full=True,
            others=[
                CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
                    workspace=workspace,
                ),
            ],
            parent=CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
                workspace=workspace,
            ),
        )
        with CaptureQueriesContext(connection) as queries:
            response = reader.get(URL, {"page_size": 100})
        assert response.status_code == status.HTTP_200_OK
        return len(queries)

    assert queries_for_a_page(2) == queries_for_a_page(8)
