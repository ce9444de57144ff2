import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.testing import member_of, skip_unless_sent
from apps.employee.generated.factories import EmployeeFactory
from apps.employee.generated.tests.payloads import payload
from apps.employee.serializers import EmployeeSerializer
from apps.team.generated.factories import TeamFactory

pytestmark = pytest.mark.django_db

REQUIRED = ["full_name", "home_country"]


def serializer_for(data: dict, workspace, row=None) -> EmployeeSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return EmployeeSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


def test_a_partial_update_writes_only_the_fields_sent(workspace):
    row = EmployeeFactory.create(workspace=workspace)
    changed = EmployeeFactory.build().full_name
    # Another request changes the row after this one read it.
    type(row).objects.filter(pk=row.pk).update(full_name=changed)
    serializer = serializer_for({}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    serializer.save()
    row.refresh_from_db()
    assert row.full_name == changed


def test_a_manager_cycle_is_refused(workspace):
    row = EmployeeFactory.create(workspace=workspace)
    message = "This manager would make the employee its own ancestor."
    target = row  # Itself.
    serializer = serializer_for({"manager": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["manager"] == [message]
    # A row whose manager is this one.
    target = EmployeeFactory.create(workspace=workspace, manager=row)
    serializer = serializer_for({"manager": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["manager"] == [message]


def test_a_mentor_cycle_is_refused(workspace):
    row = EmployeeFactory.create(workspace=workspace)
    message = "This mentor would make the employee its own ancestor."
    target = row  # Itself.
    serializer = serializer_for({"mentor": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["mentor"] == [message]
    # A row whose mentor is this one.
    target = EmployeeFactory.create(workspace=workspace, mentor=row)
    serializer = serializer_for({"mentor": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["mentor"] == [message]


def test_a_buddy_cycle_is_refused(workspace):
    row = EmployeeFactory.create(workspace=workspace)
    message = "This buddy would make the employee its own ancestor."
    target = row  # Itself.
    serializer = serializer_for({"buddy": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["buddy"] == [message]
    # A row whose buddy is this one.
    target = EmployeeFactory.create(workspace=workspace, buddy=row)
    serializer = serializer_for({"buddy": target.pk}, workspace, row)
    assert not serializer.is_valid()
    assert serializer.errors["buddy"] == [message]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("full_name", "x" * 256, id="full_name-max_length"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(EmployeeSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(EmployeeSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "make_foreign"),
    [
        (
            "team",
            lambda other_workspace: TeamFactory.create(workspace=other_workspace).pk,
        ),
        (
            "manager",
            lambda other_workspace: (
                EmployeeFactory.create(workspace=other_workspace).pk
            ),
        ),
        (
            "mentor",
            lambda other_workspace: (
                EmployeeFactory.create(workspace=other_workspace).pk
            ),
        ),
        (
            "buddy",
            lambda other_workspace: (
                EmployeeFactory.create(workspace=other_workspace).pk
            ),
        ),
        (
            "peers",
            lambda other_workspace: (
                [EmployeeFactory.create(workspace=other_workspace).pk]
            ),
        ),
        ("account", lambda other_workspace: member_of(other_workspace).pk),
        ("approver", lambda other_workspace: member_of(other_workspace).pk),
        ("reviewer", lambda other_workspace: member_of(other_workspace).pk),
    ],
)
def test_a_relation_to_another_workspace_is_refused(
    workspace, other_workspace, field, make_foreign
):
    data = payload(workspace) | {field: make_foreign(other_workspace)}
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
