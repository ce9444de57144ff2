import pytest
from rest_framework import status

from apps.core.testing import perform
from apps.team.generated.factories import TeamFactory
from apps.team.generated.tests.payloads import payload

URL = "/api/v1/teams/"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("owner", "list", True),
        ("owner", "retrieve", True),
        ("owner", "create", True),
        ("owner", "update", True),
        ("owner", "delete", True),
        ("editor", "list", True),
        ("editor", "retrieve", True),
        ("editor", "create", True),
        ("editor", "update", True),
        ("editor", "delete", True),
        ("reader", "list", True),
        ("reader", "retrieve", True),
        ("reader", "create", False),
        ("reader", "update", False),
        ("reader", "delete", False),
    ],
)
def test_role_matrix(client_for_role, workspace, role, action, allowed):
    row = TeamFactory.create(workspace=workspace)
    client = client_for_role(role)
    response = perform(client, action, URL, row, payload(workspace))
    if allowed:
        assert response.status_code < 300, response.json()
    else:
        assert response.status_code == status.HTTP_403_FORBIDDEN
        assert response.json()["error"] == "permission_denied"
