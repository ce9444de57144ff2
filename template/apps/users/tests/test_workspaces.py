import socket
import time
from datetime import timedelta
from threading import Event, Thread

import pytest
from django.core import mail
from django.db import connections, transaction
from django.test import override_settings
from django.utils import timezone
from rest_framework import status
from rest_framework.throttling import ScopedRateThrottle

from apps.core.exceptions import ApplicationError
from apps.core.testing import join, signed_in
from apps.users import services
from apps.users.factories import MembershipFactory, UserFactory, WorkspaceFactory
from apps.users.models import Invitation, Membership
from apps.users.roles import MANAGER_ROLES, OWNER_ROLE, ROLES

pytestmark = pytest.mark.django_db

LEAST = ROLES[-1]
needs_a_non_manager_role = pytest.mark.skipif(
    len(ROLES) <= len(MANAGER_ROLES),
    reason="every role of this genome manages workspaces",
)


def members_url(workspace) -> str:
    return f"/api/v1/workspaces/{workspace.pk}/members/"


def invitations_url(workspace) -> str:
    return f"/api/v1/workspaces/{workspace.pk}/invitations/"


def test_list_shows_only_my_workspaces_with_my_role(
    member_client, workspace, other_workspace
):
    body = member_client.get("/api/v1/workspaces/").json()
    assert [(row["id"], row["role"]) for row in body["results"]] == [
        (workspace.pk, OWNER_ROLE)
    ]


def test_create_makes_me_its_owner(member_client, member):
    response = member_client.post("/api/v1/workspaces/", {"name": "Second"})
    assert response.status_code == status.HTTP_201_CREATED
    assert response.json()["role"] == OWNER_ROLE
    assert (
        Membership.objects.get(user=member, workspace_id=response.json()["id"]).role
        == OWNER_ROLE
    )


def test_managers_rename(member_client, workspace):
    response = member_client.patch(
        f"/api/v1/workspaces/{workspace.pk}/", {"name": "Renamed"}
    )
    assert response.status_code == status.HTTP_200_OK
    workspace.refresh_from_db()
    assert workspace.name == "Renamed"


@needs_a_non_manager_role
def test_other_roles_cannot_rename(workspace):
    client = signed_in(join(workspace, LEAST))
    response = client.patch(f"/api/v1/workspaces/{workspace.pk}/", {"name": "Renamed"})
    assert response.status_code == status.HTTP_403_FORBIDDEN


def test_switch_changes_the_active_workspace(member_client, member):
    second = MembershipFactory.create(user=member, role=LEAST).workspace
    response = member_client.post(f"/api/v1/workspaces/{second.pk}/switch/")
    assert response.status_code == status.HTTP_200_OK
    member.refresh_from_db()
    assert member.active_workspace == second


def test_a_workspace_i_do_not_belong_to_is_not_found(member_client, other_workspace):
    assert (
        member_client.post(
            f"/api/v1/workspaces/{other_workspace.pk}/switch/"
        ).status_code
        == 404
    )
    assert member_client.get(members_url(other_workspace)).status_code == 404
    assert member_client.get(invitations_url(other_workspace)).status_code == 404


def test_members_are_listed_for_every_member(workspace, member):
    other = join(workspace, LEAST)
    body = signed_in(other).get(members_url(workspace)).json()
    assert sorted(row["email"] for row in body["results"]) == sorted(
        [member.email, other.email]
    )


def test_managers_change_roles(member_client, workspace):
    membership = MembershipFactory.create(workspace=workspace, role=LEAST)
    url = f"{members_url(workspace)}{membership.pk}/"
    response = member_client.patch(url, {"role": MANAGER_ROLES[-1]})
    assert response.status_code == status.HTTP_200_OK
    membership.refresh_from_db()
    assert membership.role == MANAGER_ROLES[-1]


def test_a_patch_without_a_role_changes_nothing(member_client, workspace):
    membership = MembershipFactory.create(workspace=workspace, role=LEAST)
    response = member_client.patch(f"{members_url(workspace)}{membership.pk}/", {})
    assert response.status_code == status.HTTP_200_OK
    assert response.json()["role"] == LEAST
    membership.refresh_from_db()
    assert membership.role == LEAST


@needs_a_non_manager_role
def test_other_roles_cannot_change_roles_or_remove_members(workspace):
    user = join(workspace, LEAST)
    client = signed_in(user)
    mine = Membership.objects.get(user=user)
    url = f"{members_url(workspace)}{mine.pk}/"
    promoted = client.patch(url, {"role": MANAGER_ROLES[-1]})
    assert promoted.status_code == status.HTTP_403_FORBIDDEN
    assert promoted.json()["error"] == "permission_denied"
    assert client.delete(url).status_code == status.HTTP_403_FORBIDDEN
    mine.refresh_from_db()
    assert mine.role == LEAST


@needs_a_non_manager_role
def test_other_roles_cannot_see_or_send_invitations(workspace):
    client = signed_in(join(workspace, LEAST))
    assert client.get(invitations_url(workspace)).status_code == 403
    response = client.post(
        invitations_url(workspace), {"email": "grace@example.com", "role": LEAST}
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert not Invitation.objects.exists()


@pytest.mark.skipif(len(ROLES) < 2, reason="with one role every member is an owner")
def test_only_an_owner_invites_an_owner(workspace):
    manager = signed_in(join(workspace, MANAGER_ROLES[-1]))
    response = manager.post(
        invitations_url(workspace), {"email": "grace@example.com", "role": OWNER_ROLE}
    )
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert response.json()["error"] == "role_not_grantable"
    assert not Invitation.objects.exists()


@pytest.mark.skipif(len(ROLES) < 2, reason="with one role every member is an owner")
def test_only_an_owner_changes_or_removes_an_owner(member, workspace):
    manager = signed_in(join(workspace, MANAGER_ROLES[-1]))
    join(workspace, OWNER_ROLE)  # another owner would remain
    owner = Membership.objects.get(user=member)
    url = f"{members_url(workspace)}{owner.pk}/"
    demoted = manager.patch(url, {"role": LEAST})
    assert demoted.status_code == status.HTTP_403_FORBIDDEN
    assert demoted.json()["error"] == "role_not_grantable"
    removed = manager.delete(url)
    assert removed.status_code == status.HTTP_403_FORBIDDEN
    assert removed.json()["error"] == "owner_only"
    owner.refresh_from_db()
    assert owner.role == OWNER_ROLE


def test_the_last_owner_cannot_be_demoted_or_removed(member_client, member, workspace):
    join(workspace, OWNER_ROLE, user__is_active=False)  # erased: not an owner
    mine = Membership.objects.get(user=member)
    url = f"{members_url(workspace)}{mine.pk}/"
    if len(ROLES) > 1:
        demoted = member_client.patch(url, {"role": LEAST})
        assert demoted.status_code == status.HTTP_409_CONFLICT
        assert demoted.json()["error"] == "last_owner"
    removed = member_client.delete(url)
    assert removed.status_code == status.HTTP_409_CONFLICT
    assert Membership.objects.filter(pk=mine.pk, role=OWNER_ROLE).exists()


@pytest.mark.django_db(transaction=True)
def test_two_owners_cannot_both_leave_at_once(workspace):
    first, second = (
        Membership.objects.get(user=join(workspace, OWNER_ROLE)) for _ in range(2)
    )
    refused = []

    def remove_second() -> None:
        try:
            services.remove_member(membership=second, by=second.user)
        except ApplicationError as error:
            refused.append(error.code)
        finally:
            connections.close_all()

    with transaction.atomic():
        services.remove_member(membership=first, by=first.user)
        other = Thread(target=remove_second)
        other.start()
        other.join(timeout=1)  # It waits for this transaction's locks.
    other.join()
    assert refused == ["last_owner"]
    assert list(Membership.objects.filter(role=OWNER_ROLE)) == [second]


def test_managers_remove_members(member_client, workspace):
    membership = MembershipFactory.create(workspace=workspace, role=LEAST)
    response = member_client.delete(f"{members_url(workspace)}{membership.pk}/")
    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert not Membership.objects.filter(pk=membership.pk).exists()


def invite(client, workspace, email: str = "grace@example.com"):
    return client.post(invitations_url(workspace), {"email": email, "role": LEAST})


def test_sending_invitations_is_throttled(member_client, workspace, monkeypatch):
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"invitations": "2/min"})
    for number in range(2):
        invite(member_client, workspace, f"guest{number}@example.com")
    response = invite(member_client, workspace, "one.more@example.com")
    assert response.status_code == status.HTTP_429_TOO_MANY_REQUESTS
    assert member_client.get(invitations_url(workspace)).status_code == 200


@override_settings(INVITATION_EMAILS=True)
def test_an_invitation_subject_has_one_line_whatever_the_workspace_name(
    member_client, workspace, django_capture_on_commit_callbacks
):
    workspace.name = "Clinic\nBcc: everyone@example.com"
    workspace.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(member_client, workspace)
    assert response.status_code == status.HTTP_201_CREATED
    assert mail.outbox[0].subject.startswith("Join Clinic Bcc: everyone@example.com")


@override_settings(INVITATION_EMAILS=True)
def test_an_invitation_is_emailed_when_email_is_on(
    member_client, workspace, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(member_client, workspace)
    assert response.status_code == status.HTTP_201_CREATED
    assert "token" not in response.json()
    assert mail.outbox[0].to == ["grace@example.com"]


@pytest.fixture
def silent_mail_server():
    """The port of a mail server that takes connections and says nothing for 5 s."""
    server = socket.create_server(("127.0.0.1", 0))
    done = Event()

    def hang_up_later() -> None:
        done.wait(5)
        server.close()

    thread = Thread(target=hang_up_later)
    thread.start()
    yield server.getsockname()[1]
    done.set()
    thread.join()


def test_a_mail_server_that_never_answers_is_logged_not_an_error(
    member_client,
    workspace,
    silent_mail_server,
    settings,
    caplog,
    django_capture_on_commit_callbacks,
):
    # A send gives up after EMAIL_TIMEOUT seconds (Django's default: never).
    assert 0 < settings.EMAIL_TIMEOUT <= 30
    settings.INVITATION_EMAILS = True
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = silent_mail_server
    settings.EMAIL_TIMEOUT = 0.2
    started = time.monotonic()
    with django_capture_on_commit_callbacks(execute=True):
        response = invite(member_client, workspace)
    # EMAIL_TIMEOUT bounds the wait, long before the server hangs up.
    assert time.monotonic() - started < 4
    assert response.status_code == status.HTTP_201_CREATED
    assert "Could not" in caplog.text
    assert "TimeoutError" in caplog.text


@override_settings(INVITATION_EMAILS=False)
def test_an_invitation_is_accepted_once_by_its_addressee(member_client, workspace):
    token = invite(member_client, workspace).json()["token"]
    stranger = UserFactory.create(email="someone@example.com")
    wrong = signed_in(stranger).post("/api/v1/invitations/accept/", {"token": token})
    assert wrong.status_code == status.HTTP_403_FORBIDDEN
    grace = UserFactory.create(email="grace@example.com")
    client = signed_in(grace)
    accepted = client.post("/api/v1/invitations/accept/", {"token": token})
    assert accepted.status_code == status.HTTP_200_OK
    assert accepted.json()["active_workspace"]["id"] == workspace.pk
    assert Membership.objects.get(user=grace, workspace=workspace).role == LEAST
    again = client.post("/api/v1/invitations/accept/", {"token": token})
    assert again.json()["error"] == "invitation_used"


@override_settings(INVITATION_EMAILS=False)
def test_expired_and_revoked_invitations_are_refused(member_client, workspace):
    token = invite(member_client, workspace).json()["token"]
    Invitation.objects.update(expires_at=timezone.now() - timedelta(minutes=1))
    client = signed_in(UserFactory.create(email="grace@example.com"))
    expired = client.post("/api/v1/invitations/accept/", {"token": token})
    assert expired.json()["error"] == "invitation_expired"
    revoked = invite(member_client, workspace, "grace@example.com").json()
    url = f"{invitations_url(workspace)}{revoked['id']}/"
    assert member_client.delete(url).status_code == status.HTTP_204_NO_CONTENT
    gone = client.post("/api/v1/invitations/accept/", {"token": revoked["token"]})
    assert gone.status_code == status.HTTP_404_NOT_FOUND


@needs_a_non_manager_role
def test_other_roles_cannot_invite(workspace):
    client = signed_in(join(workspace, LEAST))
    assert invite(client, workspace).status_code == status.HTTP_403_FORBIDDEN


def test_members_cannot_be_invited_twice(member_client, member, workspace):
    response = invite(member_client, workspace, member.email)
    assert response.status_code == status.HTTP_400_BAD_REQUEST
    assert response.json()["error"] == "already_member"


def test_another_workspace_cannot_be_entered_by_id(member_client, member):
    foreign = WorkspaceFactory.create()
    response = member_client.get(f"/api/v1/workspaces/{foreign.pk}/")
    assert response.status_code == status.HTTP_404_NOT_FOUND
