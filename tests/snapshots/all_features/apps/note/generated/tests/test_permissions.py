import pytest
from rest_framework import status

from apps.core.testing import perform
from apps.note.generated.factories import NoteFactory
from apps.note.generated.tests.payloads import payload

URL = "/api/v1/notes/"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("owner", "list", True),
        ("owner", "retrieve", True),
        ("owner", "create", True),
        ("owner", "update", False),
        ("owner", "delete", True),
        ("admin", "list", True),
        ("admin", "retrieve", True),
        ("admin", "create", True),
        ("admin", "update", False),
        ("admin", "delete", True),
        ("clinician", "list", True),
        ("clinician", "retrieve", True),
        ("clinician", "create", True),
        ("clinician", "update", True),
        ("clinician", "delete", False),
        ("viewer", "list", True),
        ("viewer", "retrieve", True),
        ("viewer", "create", False),
        ("viewer", "update", False),
        ("viewer", "delete", False),
    ],
)
def test_role_matrix(client_for_role, workspace, role, action, allowed):
    row = NoteFactory.create(workspace=workspace)
    client = client_for_role(role)
    response = perform(client, action, URL, row, payload(workspace))
    if allowed:
        assert response.status_code < 300, response.json()
    else:
        assert response.status_code == status.HTTP_403_FORBIDDEN
        assert response.json()["error"] == "permission_denied"
