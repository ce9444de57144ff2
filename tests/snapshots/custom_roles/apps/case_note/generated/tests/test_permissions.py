import pytest
from rest_framework import status

from apps.case_note.generated.factories import CaseNoteFactory
from apps.case_note.generated.tests.payloads import payload
from apps.core.testing import perform

URL = "/api/v1/case-notes/"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("director", "list", False),
        ("director", "retrieve", False),
        ("director", "create", False),
        ("director", "update", False),
        ("director", "delete", False),
        ("coordinator", "list", False),
        ("coordinator", "retrieve", False),
        ("coordinator", "create", False),
        ("coordinator", "update", False),
        ("coordinator", "delete", False),
        ("clinician", "list", True),
        ("clinician", "retrieve", True),
        ("clinician", "create", True),
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
    row = CaseNoteFactory.create(workspace=workspace)
    client = client_for_role(role)
    response = perform(client, action, URL, row, payload(workspace))
    if allowed:
        assert response.status_code < 300, response.json()
    else:
        assert response.status_code == status.HTTP_403_FORBIDDEN
        assert response.json()["error"] == "permission_denied"
