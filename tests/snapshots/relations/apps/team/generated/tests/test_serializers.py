import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import member_of, skip_unless_sent
from apps.employee.generated.factories import EmployeeFactory
from apps.team.generated.factories import TeamFactory
from apps.team.generated.tests.payloads import payload
from apps.team.serializers import TeamSerializer

pytestmark = pytest.mark.django_db

REQUIRED = ["name"]


def serializer_for(data: dict, workspace, row=None) -> TeamSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return TeamSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = TeamFactory.create(workspace=workspace)
    changed = TeamFactory.build().name
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(name=changed)
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.name == changed


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("name", "x" * 256, id="name-max_length"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(TeamSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(TeamSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        (
            "lead",
            lambda other_workspace: (
                EmployeeFactory.create(workspace=other_workspace).pk
            ),
        ),
    ],
)
def test_a_relation_to_another_workspace_is_refused(
    workspace, other_workspace, field, make_foreign
):
    data = payload(workspace) | {field: make_foreign(other_workspace)}
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
