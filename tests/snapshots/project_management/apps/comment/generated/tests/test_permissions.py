import pytest
from rest_framework import status

from apps.comment.generated.factories import CommentFactory
from apps.comment.generated.tests.payloads import payload
from apps.core.testing import join, member_of, perform, signed_in

URL = "/api/v1/comments/"

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
        ("viewer", "list", True),
        ("viewer", "retrieve", True),
        ("viewer", "create", False),
        ("viewer", "update", False),
        ("viewer", "delete", False),
    ],
)
def test_role_matrix(client_for_role, workspace, role, action, allowed):
    row = CommentFactory.create(workspace=workspace)
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
        ("member", "update"),
        ("member", "delete"),
    ],
)
def test_a_role_acts_on_its_own_rows(workspace, role, action):
    """A role allowed an action on its own rows takes it on a row it owns."""
    user = join(workspace, role)
    row = CommentFactory.create(workspace=workspace, author=user)
    response = perform(signed_in(user), action, URL, row, payload(workspace))
    assert response.status_code < 300, response.json()
    if action == "list":
        assert [item["id"] for item in response.json()["results"]] == [row.pk]


@pytest.mark.parametrize(
    ("role", "action", "expected"),
    [
        ("member", "update", status.HTTP_403_FORBIDDEN),
        ("member", "delete", status.HTTP_403_FORBIDDEN),
    ],
)
def test_others_rows_are_refused(client_for_role, workspace, role, action, expected):
    """Another member's row is left out of the role's list, is not found by its
    lookups (404) and is refused to its writes (403)."""
    row = CommentFactory.create(workspace=workspace, author=member_of(workspace))
    response = perform(client_for_role(role), action, URL, row, payload(workspace))
    assert response.status_code == expected
    if action == "list":
        assert response.json()["results"] == []
