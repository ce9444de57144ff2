import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import member_of, skip_unless_sent
from apps.group.generated.factories import GroupFactory
from apps.order.generated.factories import OrderFactory
from apps.order.generated.tests.payloads import payload
from apps.order.serializers import OrderSerializer

pytestmark = pytest.mark.django_db

REQUIRED = ["select"]


def serializer_for(data: dict, workspace, row=None) -> OrderSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return OrderSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = OrderFactory.create(workspace=workspace)
    changed = OrderFactory.build().select
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(select=changed)
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.select == changed


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("select", "x" * 256, id="select-max_length"),
        pytest.param("group", "x" * 256, id="group-max_length"),
        pytest.param("table", "not a number", id="table-type"),
        pytest.param("type", "not-a-choice", id="type-choices"),
        pytest.param("list", "not a list", id="list-type"),
        pytest.param("time", "not a time", id="time-type"),
        pytest.param("date", "not a date", id="date-type"),
        pytest.param("user_id_text", "x" * 256, id="user_id_text-max_length"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(OrderSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(OrderSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        ("user", lambda other_workspace: member_of(other_workspace).pk),
        (
            "where",
            lambda other_workspace: GroupFactory.create(workspace=other_workspace).pk,
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
