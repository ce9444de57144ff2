from decimal import Decimal

import pytest
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import above, below, member_of, skip_unless_sent
from apps.project.generated.factories import ProjectFactory
from apps.project.generated.tests.payloads import payload
from apps.project.models import Project
from apps.project.serializers import ProjectSerializer

pytestmark = pytest.mark.django_db

REQUIRED = ["name", "code"]


def serializer_for(data: dict, workspace, row=None) -> ProjectSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return ProjectSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = ProjectFactory.create(workspace=workspace)
    changed = ProjectFactory.build().name
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
        pytest.param("name", "x" * 121, id="name-max_length"),
        pytest.param("code", "x" * 13, id="code-max_length"),
        pytest.param("code", "!", id="code-pattern"),
        pytest.param("summary", "x" * 2001, id="summary-max_length"),
        pytest.param("status", "not-a-choice", id="status-choices"),
        pytest.param("budget", Decimal("-1"), id="budget-min"),
        pytest.param("budget", "not a number", id="budget-type"),
        pytest.param("budget", Decimal("999999999"), id="budget-max_digits"),
        pytest.param("starts_on", "not a date", id="starts_on-type"),
        pytest.param("due_on", "not a date", id="due_on-type"),
        pytest.param("website", "not a url", id="website-url"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(ProjectSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "value", "passes", "message"),
    [
        pytest.param(
            "starts_on",
            lambda row: below(row.due_on),
            True,
            "A project is due after it starts.",
            id="starts_on_lte_due_on-below",
        ),
        pytest.param(
            "starts_on",
            lambda row: row.due_on,
            True,
            "A project is due after it starts.",
            id="starts_on_lte_due_on-equal",
        ),
        pytest.param(
            "starts_on",
            lambda row: above(row.due_on),
            False,
            "A project is due after it starts.",
            id="starts_on_lte_due_on-above",
        ),
        pytest.param(
            "starts_on",
            lambda row: None,
            True,
            "A project is due after it starts.",
            id="starts_on_lte_due_on-starts_on-empty",
        ),
        pytest.param(
            "due_on",
            lambda row: None,
            True,
            "A project is due after it starts.",
            id="starts_on_lte_due_on-due_on-empty",
        ),
    ],
)
def test_a_partial_update_keeps_to_the_rules(workspace, field, value, passes, message):
    skip_unless_sent(ProjectSerializer, field)
    row = ProjectFactory.create(workspace=workspace)
    sent = value(row)
    # The other side of the rule is the row's: only this field is sent.
    serializer = serializer_for({field: sent}, workspace, row)
    if passes:
        assert serializer.is_valid(), serializer.errors
        serializer.save()
        row.refresh_from_db()
        assert getattr(row, field) == sent
    else:
        assert not serializer.is_valid()
        assert message in serializer.errors[field]


@pytest.mark.parametrize(
    ("field", "value", "change", "message"),
    [
        pytest.param(
            "starts_on",
            lambda row: row.due_on,
            lambda row: {"due_on": below(row.due_on), "starts_on": below(row.due_on)},
            "A project is due after it starts.",
            id="starts_on_lte_due_on",
        ),
    ],
)
def test_a_rule_broken_with_a_change_made_at_the_same_time_is_refused(
    workspace, field, value, change, message
):
    skip_unless_sent(ProjectSerializer, field)
    row = ProjectFactory.create(workspace=workspace)
    serializer = serializer_for({field: value(row)}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    # Another request changes the row between this one's checks and its write.
    Project.objects.filter(pk=row.pk).update(**change(row))
    with pytest.raises(ValidationError) as refused:
        serializer.save()
    assert message in refused.value.detail[field]


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(ProjectSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        ("lead", lambda other_workspace: member_of(other_workspace).pk),
    ],
)
def test_a_relation_to_another_workspace_is_refused(
    workspace, other_workspace, field, make_foreign
):
    data = payload(workspace) | {field: make_foreign(other_workspace)}
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
