import pytest
from rest_framework import status

from apps.core.testing import join, member_of, perform, signed_in
from apps.shift.generated.factories import ShiftFactory
from apps.shift.generated.tests.payloads import payload

URL = "/api/v1/shifts/"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("director", "list", True),
        ("director", "retrieve", True),
        ("director", "create", True),
        ("director", "update", False),
        ("director", "delete", True),
        ("coordinator", "list", True),
        ("coordinator", "retrieve", True),
        ("coordinator", "create", True),
        ("coordinator", "update", True),
        ("coordinator", "delete", False),
        ("clinician", "list", True),
        ("clinician", "retrieve", True),
        ("clinician", "create", False),
        ("auditor", "list", True),
        ("auditor", "retrieve", True),
        ("auditor", "create", False),
        ("auditor", "update", False),
        ("auditor", "delete", False),
    ],
)
def test_role_matrix(client_for_role, workspace, role, action, allowed):
    row = ShiftFactory.create(workspace=workspace)
    client = client_for_role(role)
    response = perform(client, action, URL, row, payload(workspace))
    if allowed:
        assert response.status_code < 300, response.json()
    else:
        assert response.status_code == status.HTTP_403_FORBIDDEN
        assert response.json()["error"] == "permission_denied"


@pytest.mark.parametrize(
    ("role", "action"),
    [
        ("clinician", "update"),
        ("clinician", "delete"),
    ],
)
def test_a_role_acts_on_its_own_rows(workspace, role, action):
    """A role allowed an action on its own rows takes it on a row it owns."""
    user = join(workspace, role)
    row = ShiftFactory.create(workspace=workspace, clinician=user)
    response = perform(signed_in(user), action, URL, row, payload(workspace))
    assert response.status_code < 300, response.json()
    if action == "list":
        assert [item["id"] for item in response.json()["results"]] == [row.pk]


@pytest.mark.parametrize(
    ("role", "action", "expected"),
    [
        ("clinician", "update", status.HTTP_403_FORBIDDEN),
        ("clinician", "delete", status.HTTP_403_FORBIDDEN),
    ],
)
def test_others_rows_are_refused(client_for_role, workspace, role, action, expected):
    """Another member's row is left out of the role's list, is not found by its
    lookups (404) and is refused to its writes (403)."""
    row = ShiftFactory.create(workspace=workspace, clinician=member_of(workspace))
    response = perform(client_for_role(role), action, URL, row, payload(workspace))
    assert response.status_code == expected
    if action == "list":
        assert response.json()["results"] == []
