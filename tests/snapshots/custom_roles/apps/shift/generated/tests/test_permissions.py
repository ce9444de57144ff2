import pytest
from rest_framework import status

from apps.core.testing import perform
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
        ("clinician", "update", True),
        ("clinician", "delete", False),
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
