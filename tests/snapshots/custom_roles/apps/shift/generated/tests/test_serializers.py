from decimal import Decimal

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import member_of, skip_unless_sent
from apps.shift.generated.tests.payloads import payload
from apps.shift.serializers import ShiftSerializer

pytestmark = pytest.mark.django_db

REQUIRED = ["starts_at", "hours", "ward"]


def serializer_for(data: dict, workspace, row=None) -> ShiftSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return ShiftSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("starts_at", "not a datetime", id="starts_at-type"),
        pytest.param("hours", Decimal("-0.5"), id="hours-min"),
        pytest.param("hours", Decimal("25"), id="hours-max"),
        pytest.param("hours", "not a number", id="hours-type"),
        pytest.param("hours", Decimal("9999"), id="hours-max_digits"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(ShiftSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(ShiftSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        ("clinician", lambda other_workspace: member_of(other_workspace).pk),
    ],
)
def test_a_relation_to_another_workspace_is_refused(
    workspace, other_workspace, field, make_foreign
):
    data = payload(workspace) | {field: make_foreign(other_workspace)}
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
