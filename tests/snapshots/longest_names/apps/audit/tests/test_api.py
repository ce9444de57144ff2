"""/api/v1/audit-log/: the managers of a workspace read its log; nobody else does."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from rest_framework import status

from apps.audit.models import AuditLog
from apps.users.models import User, Workspace
from apps.users.roles import MANAGER_ROLES, ROLES

URL = "/api/v1/audit-log/"

pytestmark = pytest.mark.django_db


def entry(workspace, **fields) -> AuditLog:
    """An audit row of a change to ``workspace`` itself, unless ``fields`` say else."""
    values = {
        "content_type": ContentType.objects.get_for_model(Workspace),
        "object_id": str(workspace.pk),
        "action": AuditLog.Action.UPDATE,
    }
    return AuditLog.objects.create(workspace=workspace, **(values | fields))


def ids(response) -> list[int]:
    return [row["id"] for row in response.json()["results"]]


def test_anonymous_requests_are_refused(api_client):
    assert api_client.get(URL).status_code == status.HTTP_401_UNAUTHORIZED


@pytest.mark.parametrize("role", ROLES)
def test_only_the_first_two_roles_read_the_log(client_for_role, workspace, role):
    row = entry(workspace)
    client = client_for_role(role)
    allowed = role in MANAGER_ROLES
    expected = status.HTTP_200_OK if allowed else status.HTTP_403_FORBIDDEN
    assert client.get(URL).status_code == expected
    assert client.get(f"{URL}{row.pk}/").status_code == expected


def test_other_workspaces_are_invisible(member_client, workspace, other_workspace):
    mine = entry(workspace)
    theirs = entry(other_workspace)
    assert ids(member_client.get(URL)) == [mine.pk]
    response = member_client.get(f"{URL}{theirs.pk}/")
    assert response.status_code == status.HTTP_404_NOT_FOUND


def test_retrieve(member_client, member, workspace):
    row = entry(workspace, actor=member, changes={"name": ["Old", "New"]})
    body = member_client.get(f"{URL}{row.pk}/").json()
    assert body["object_type"] == "users.workspace"
    assert body["object_id"] == str(workspace.pk)
    assert body["actor"] == {"id": member.pk, "display": str(member)}
    assert body["changes"] == {"name": ["Old", "New"]}


def test_filters(member_client, member, workspace):
    now = timezone.now()
    created = entry(workspace, actor=member, action=AuditLog.Action.CREATE)
    old = entry(workspace, created_at=now - timedelta(days=10))
    user_type = ContentType.objects.get_for_model(User)
    on_user = entry(workspace, content_type=user_type, object_id=str(member.pk))
    cases = [
        ({"action": "create"}, [created.pk]),
        ({"actor": member.pk}, [created.pk]),
        ({"object_type": "users.user"}, [on_user.pk]),
        (
            {"object_type": "users.workspace", "object_id": workspace.pk},
            [created.pk, old.pk],
        ),
        ({"created_before": (now - timedelta(days=5)).isoformat()}, [old.pk]),
        (
            {"created_after": (now - timedelta(days=5)).isoformat()},
            [on_user.pk, created.pk],
        ),
    ]
    for query, expected in cases:
        assert ids(member_client.get(URL, query)) == expected, query
