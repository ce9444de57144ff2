import pytest
from rest_framework import status

from apps.core.testing import join, member_of, perform, signed_in
from apps.profile.generated.factories import ProfileFactory
from apps.profile.generated.tests.payloads import payload

URL = "/api/v1/profiles/"

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("role", "action", "allowed"),
    [
        ("owner", "list", True),
        ("owner", "retrieve", True),
        ("owner", "create", True),
        ("owner", "update", True),
        ("owner", "delete", True),
        ("member", "create", False),
        ("member", "update", False),
        ("member", "delete", True),
    ],
)
def test_role_matrix(client_for_role, workspace, role, action, allowed):
    row = ProfileFactory.create(workspace=workspace)
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
        ("member", "list"),
        ("member", "retrieve"),
    ],
)
def test_a_role_acts_on_its_own_rows(workspace, role, action):
    """A role allowed an action on its own rows takes it on a row it owns."""
    user = join(workspace, role)
    row = ProfileFactory.create(workspace=workspace, member=user)
    response = perform(signed_in(user), action, URL, row, payload(workspace))
    assert response.status_code < 300, response.json()
    if action == "list":
        assert [item["id"] for item in response.json()["results"]] == [row.pk]


@pytest.mark.parametrize(
    ("role", "action", "expected"),
    [
        ("member", "list", status.HTTP_200_OK),
        ("member", "retrieve", status.HTTP_404_NOT_FOUND),
    ],
)
def test_others_rows_are_refused(client_for_role, workspace, role, action, expected):
    """Another member's row is left out of the role's list, is not found by its
    lookups (404) and is refused to its writes (403)."""
    row = ProfileFactory.create(workspace=workspace, member=member_of(workspace))
    response = perform(client_for_role(role), action, URL, row, payload(workspace))
    assert response.status_code == expected
    if action == "list":
        assert response.json()["results"] == []
