import pytest
from rest_framework import status

from apps.core.testing import perform
from apps.report.generated.factories import ReportFactory

URL = "/api/v1/reports/"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("owner", "list", True),
        ("owner", "retrieve", True),
        ("member", "list", True),
        ("member", "retrieve", True),
    ],
)
def test_role_matrix(client_for_role, workspace, role, action, allowed):
    row = ReportFactory.create(workspace=workspace)
    client = client_for_role(role)
    response = perform(client, action, URL, row)
    if allowed:
        assert response.status_code < 300, response.json()
    else:
        assert response.status_code == status.HTTP_403_FORBIDDEN
        assert response.json()["error"] == "permission_denied"
