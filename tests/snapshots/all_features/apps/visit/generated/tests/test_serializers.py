from decimal import Decimal

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import member_of, skip_unless_sent
from apps.patient.generated.factories import PatientFactory
from apps.visit.generated.factories import VisitFactory
from apps.visit.generated.tests.payloads import payload
from apps.visit.serializers import VisitSerializer

pytestmark = pytest.mark.django_db

REQUIRED = ["starts_at", "reason", "patient"]


def serializer_for(data: dict, workspace, row=None) -> VisitSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return VisitSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = VisitFactory.create(workspace=workspace)
    changed = VisitFactory.build().reason
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(reason=changed)
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.reason == changed


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("starts_at", "not a datetime", id="starts_at-type"),
        pytest.param("reason", "x" * 201, id="reason-max_length"),
        pytest.param("status", "not-a-choice", id="status-choices"),
        pytest.param("fee", Decimal("-1"), id="fee-min"),
        pytest.param("fee", "not a number", id="fee-type"),
        pytest.param("fee", Decimal("9999999"), id="fee-max_digits"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(VisitSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(VisitSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        (
            "patient",
            lambda other_workspace: PatientFactory.create(workspace=other_workspace).pk,
        ),
        (
            "referrer",
            lambda other_workspace: PatientFactory.create(workspace=other_workspace).pk,
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
