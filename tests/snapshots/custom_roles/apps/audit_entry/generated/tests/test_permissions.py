import pytest
from rest_framework import status

from apps.audit_entry.generated.factories import AuditEntryFactory
from apps.core.testing import perform

URL = "/api/v1/audit-entries/"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("director", "list", True),
        ("director", "retrieve", False),
        ("coordinator", "list", False),
        ("coordinator", "retrieve", False),
        ("clinician", "list", False),
        ("clinician", "retrieve", False),
        ("auditor", "list", True),
        ("auditor", "retrieve", True),
    ],
)
def test_role_matrix(client_for_role, workspace, role, action, allowed):
    row = AuditEntryFactory.create(workspace=workspace)
    client = client_for_role(role)
    response = perform(client, action, URL, row)
    if allowed:
        assert response.status_code < 300, response.json()
    else:
        assert response.status_code == status.HTTP_403_FORBIDDEN
        assert response.json()["error"] == "permission_denied"
