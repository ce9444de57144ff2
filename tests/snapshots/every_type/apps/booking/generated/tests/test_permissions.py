import pytest
from rest_framework import status

from apps.booking.generated.factories import BookingFactory
from apps.booking.generated.tests.payloads import payload
from apps.core.testing import perform

URL = "/api/v1/bookings/"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("owner", "list", True),
        ("owner", "retrieve", True),
        ("owner", "create", True),
        ("owner", "update", True),
        ("owner", "delete", True),
        ("admin", "list", True),
        ("admin", "retrieve", True),
        ("admin", "create", True),
        ("admin", "update", True),
        ("admin", "delete", True),
        ("member", "list", True),
        ("member", "retrieve", True),
        ("member", "create", True),
        ("member", "update", True),
        ("member", "delete", False),
        ("viewer", "list", True),
        ("viewer", "retrieve", True),
        ("viewer", "create", False),
        ("viewer", "update", False),
        ("viewer", "delete", False),
    ],
)
def test_role_matrix(client_for_role, workspace, role, action, allowed):
    row = BookingFactory.create(workspace=workspace)
    client = client_for_role(role)
    response = perform(client, action, URL, row, payload(workspace))
    if allowed:
        assert response.status_code < 300, response.json()
    else:
        assert response.status_code == status.HTTP_403_FORBIDDEN
        assert response.json()["error"] == "permission_denied"
