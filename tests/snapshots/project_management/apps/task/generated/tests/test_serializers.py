from decimal import Decimal

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import member_of, skip_unless_sent
from apps.label.generated.factories import LabelFactory
from apps.project.generated.factories import ProjectFactory
from apps.task.generated.factories import TaskFactory
from apps.task.generated.tests.payloads import payload
from apps.task.serializers import TaskSerializer

pytestmark = pytest.mark.django_db

REQUIRED = ["title", "project"]


def serializer_for(data: dict, workspace, row=None) -> TaskSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return TaskSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = TaskFactory.create(workspace=workspace)
    changed = TaskFactory.build().title
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(title=changed)
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.title == changed


def test_a_parent_cycle_is_refused(workspace):
    row = TaskFactory.create(workspace=workspace)
    message = "This parent would make the task its own ancestor."
    target = row  # Itself.
    serializer = serializer_for({"parent": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["parent"] == [message]
    # A row whose parent is this one.
    target = TaskFactory.create(workspace=workspace, parent=row)
    serializer = serializer_for({"parent": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["parent"] == [message]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("title", "x" * 201, id="title-max_length"),
        pytest.param("title", "x" * 2, id="title-min_length"),
        pytest.param("status", "not-a-choice", id="status-choices"),
        pytest.param("priority", 0, id="priority-min"),
        pytest.param("priority", 6, id="priority-max"),
        pytest.param("priority", "not a number", id="priority-type"),
        pytest.param("estimate_hours", Decimal("-1"), id="estimate_hours-min"),
        pytest.param("estimate_hours", Decimal("1000"), id="estimate_hours-max"),
        pytest.param("estimate_hours", "not a number", id="estimate_hours-type"),
        pytest.param(
            "estimate_hours",
            Decimal("999999"),
            id="estimate_hours-max_digits",
        ),
        pytest.param("due_at", "not a datetime", id="due_at-type"),
        pytest.param("is_billable", "maybe", id="is_billable-type"),
        pytest.param("tags", ["x"] * 11, id="tags-max_items"),
        pytest.param("tags", ["x" * 31], id="tags-item_max_length"),
        pytest.param("tags", "not a list", id="tags-type"),
        pytest.param("external_id", "not-a-uuid", id="external_id-uuid"),
        pytest.param("time_spent", "not a duration", id="time_spent-type"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(TaskSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(TaskSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        (
            "project",
            lambda other_workspace: ProjectFactory.create(workspace=other_workspace).pk,
        ),
        ("assignee", lambda other_workspace: member_of(other_workspace).pk),
        ("reporter", lambda other_workspace: member_of(other_workspace).pk),
        (
            "parent",
            lambda other_workspace: TaskFactory.create(workspace=other_workspace).pk,
        ),
        (
            "labels",
            lambda other_workspace: [LabelFactory.create(workspace=other_workspace).pk],
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
