import pytest
from rest_framework import status

from apps.core.testing import perform
from apps.patient_insurance_authorization_request_with_a_very_long_894991.generated.factories import (
    PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory,
)

URL = (
    "/api/v1/patient-insurance-authorization-request-with-a-very-long-name-indeed-xes/"
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("owner", "list", True),
        ("owner", "retrieve", True),
        ("admin", "list", True),
        ("admin", "retrieve", True),
        ("member", "list", True),
        ("member", "retrieve", True),
        ("viewer", "list", True),
        ("viewer", "retrieve", True),
    ],
)
def test_role_matrix(client_for_role, workspace, role, action, allowed):
    row = PatientInsuranceAuthorizationRequestWithAVeryLongNameIndeedXFactory.create(
        workspace=workspace,
    )
    client = client_for_role(role)
    response = perform(client, action, URL, row)
    if allowed:
        assert response.status_code < 300, response.json()
    else:
        assert response.status_code == status.HTTP_403_FORBIDDEN
        assert response.json()["error"] == "permission_denied"
