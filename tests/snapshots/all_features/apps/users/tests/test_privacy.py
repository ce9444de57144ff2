"""Personal data: the export holds the user's data and nobody else's; the erasure
anonymises the account and the pii of the user's rows, keeps the rest, and signs the
user out for good."""

import json
from threading import Thread

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connections, transaction
from django.db.models.fields.files import FieldFile
from django.test import RequestFactory
from rest_framework import status
from rest_framework.test import APIClient
from rest_framework.throttling import ScopedRateThrottle
from rest_framework_simplejwt.token_blacklist.models import (
    BlacklistedToken,
    OutstandingToken,
)
from rest_framework_simplejwt.tokens import RefreshToken

from apps.audit.models import AuditLog
from apps.core.exceptions import ApplicationError
from apps.core.testing import join, signed_in
from apps.note.generated.factories import NoteFactory
from apps.patient.generated.factories import PatientFactory
from apps.users import privacy
from apps.users.models import Invitation, Membership
from apps.users.personal_data import PERSONAL_DATA
from apps.users.roles import OWNER_ROLE, ROLES

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery staple"
EXPORT = "/api/v1/auth/me/export/"
ERASE = "/api/v1/auth/me/erase/"
FACTORIES = {"patient.Patient": PatientFactory, "note.Note": NoteFactory}
# The relations to User that name someone the row is not about.
BYSTANDERS = {"patient.Patient": ("clinician",), "note.Note": ("author",)}


@pytest.fixture
def stranger(other_workspace):
    """Another user, an owner of ``other_workspace``."""
    return join(other_workspace, OWNER_ROLE)


@pytest.fixture
def subject(workspace, other_workspace, stranger):
    """Owns ``workspace`` alone and is a member of ``other_workspace``."""
    user = join(
        workspace, OWNER_ROLE, user__first_name="Ada", user__last_name="Lovelace"
    )
    Membership.objects.create(user=user, workspace=other_workspace, role=ROLES[-1])
    return user


def rows_of(user, workspace, relations=None) -> list:
    """For each subject relation of each entity, a row whose relation is ``user``.

    ``relations`` maps entities to other relations to follow instead. A one-to-one
    relation holds the user once: a second call skips it.
    """
    if relations is None:
        relations = {label: spec["relations"] for label, spec in PERSONAL_DATA.items()}
    rows = []
    for label, names in relations.items():
        model = apps.get_model(label)
        tenant = any(f.name == "workspace" for f in model._meta.fields)
        scope = {"workspace": workspace} if tenant else {}
        for name in names:
            field = model._meta.get_field(name)
            if field.one_to_one and model._base_manager.filter(**{name: user}).exists():
                continue
            value = [user] if field.many_to_many else user
            rows.append(FACTORIES[label](**scope, **{name: value}))
    return rows


def snapshot(row) -> dict:
    """The row's stored values, but for its last-changed time."""
    row.refresh_from_db()
    return {
        f.name: f.value_from_object(row)
        for f in row._meta.concrete_fields
        if f.name != "updated_at"
    }


def exported(row, role: str | None) -> dict:
    """The row's pii fields as the export writes them for a user with ``role`` in
    the row's workspace: a field with visible_to only when the role is one of its."""
    spec = PERSONAL_DATA[row._meta.label]
    hidden = {
        name for name, roles in spec.get("visible_to", {}).items() if role not in roles
    }
    values = {}
    for name in spec["pii"]:
        if name in hidden:
            continue
        value = getattr(row, name)
        values[name] = (value.name or None) if isinstance(value, FieldFile) else value
    return json.loads(json.dumps(values, cls=DjangoJSONEncoder))


def invite(workspace, email: str, by):
    return Invitation.objects.create(
        workspace=workspace,
        email=email,
        role=ROLES[-1],
        token_hash=Invitation.new_token()[1],
        invited_by=by,
    )


def login(client, email: str):
    """Signs in as a front end does: the CSRF token first, then the credentials."""
    token = client.get("/api/v1/auth/csrf/").json()["csrf_token"]
    return client.post(
        "/api/v1/auth/login/",
        {"email": email, "password": PASSWORD},
        HTTP_X_CSRFTOKEN=token,
    )


def test_the_export_holds_the_users_data_and_nobody_elses(
    subject, stranger, workspace, other_workspace
):
    mine = rows_of(subject, workspace) + rows_of(subject, other_workspace)
    theirs = rows_of(stranger, other_workspace)
    sent = invite(workspace, "grace@example.com", subject)
    received = invite(other_workspace, subject.email, stranger)

    response = signed_in(subject).get(EXPORT)

    assert response.status_code == status.HTTP_200_OK
    assert response["Content-Disposition"].startswith(
        'attachment; filename="personal-data-'
    )
    data = response.json()
    assert data["account"]["email"] == subject.email
    assert (data["account"]["first_name"], data["account"]["last_name"]) == (
        "Ada",
        "Lovelace",
    )
    assert {(m["workspace"]["id"], m["role"]) for m in data["memberships"]} == {
        (workspace.pk, OWNER_ROLE),
        (other_workspace.pk, ROLES[-1]),
    }
    assert [i["id"] for i in data["invitations_sent"]] == [sent.pk]
    assert [i["id"] for i in data["invitations_received"]] == [received.pk]
    records = {(r["entity"], r["id"]): r for r in data["records"]}
    assert set(records) == {(row._meta.label, row.pk) for row in mine}
    roles = {workspace.pk: OWNER_ROLE, other_workspace.pk: ROLES[-1]}
    for row in mine:
        record = records[row._meta.label, row.pk]
        assert record["pii"] == exported(row, roles.get(record["workspace"]))
        assert record["workspace"] == getattr(row, "workspace_id", None)
        assert record["relations"]
    assert not {(row._meta.label, row.pk) for row in theirs} & set(records)
    assert stranger.email not in response.content.decode()


def test_a_field_with_visible_to_is_exported_where_the_users_role_reads_it(
    subject, workspace, monkeypatch
):
    # One export for each role: more than the throttle allows an hour.
    monkeypatch.setattr(ScopedRateThrottle, "THROTTLE_RATES", {"personal_data": None})
    mine = rows_of(subject, workspace)
    for role in ROLES:
        Membership.objects.filter(user=subject, workspace=workspace).update(role=role)
        records = signed_in(subject).get(EXPORT).json()["records"]
        exported_pii = {(r["entity"], r["id"]): r["pii"] for r in records}
        for row in mine:
            assert exported_pii[row._meta.label, row.pk] == exported(row, role), role


def test_rows_the_user_is_named_in_but_not_about_are_neither_exported_nor_erased(
    subject, workspace
):
    named = rows_of(subject, workspace, BYSTANDERS)
    before = {row: snapshot(row) for row in named}
    client = signed_in(subject)

    records = client.get(EXPORT).json()["records"]
    erased = client.post(ERASE, {"password": PASSWORD})

    assert erased.status_code == status.HTTP_204_NO_CONTENT
    exported_rows = {(r["entity"], r["id"]) for r in records}
    assert not exported_rows & {(row._meta.label, row.pk) for row in named}
    for row in named:
        assert snapshot(row) == before[row]


def test_the_export_needs_a_signed_in_user():
    response = APIClient().get(EXPORT)
    assert response.status_code == status.HTTP_401_UNAUTHORIZED
    assert response.json()["error"] == "not_authenticated"


def test_the_export_is_throttled(subject, monkeypatch):
    monkeypatch.setattr(
        ScopedRateThrottle, "THROTTLE_RATES", {"personal_data": "1/hour"}
    )
    client = signed_in(subject)
    assert client.get(EXPORT).status_code == status.HTTP_200_OK
    response = client.get(EXPORT)
    assert response.status_code == status.HTTP_429_TOO_MANY_REQUESTS
    assert response.json()["error"] == "throttled"


def test_the_erasure_anonymises_the_user_and_keeps_the_rows(
    subject, stranger, workspace, other_workspace, django_capture_on_commit_callbacks
):
    mine = rows_of(subject, workspace) + rows_of(subject, other_workspace)
    theirs = rows_of(stranger, other_workspace)
    before = {row: snapshot(row) for row in [*mine, *theirs]}
    received = invite(other_workspace, subject.email, stranger)
    email = subject.email
    browser = APIClient(enforce_csrf_checks=True)
    login(browser, email)
    other_device = RefreshToken.for_user(subject)
    csrf_token = browser.get("/api/v1/auth/csrf/").json()["csrf_token"]

    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(
            ERASE, {"password": PASSWORD}, HTTP_X_CSRFTOKEN=csrf_token
        )

    assert response.status_code == status.HTTP_204_NO_CONTENT
    assert response.cookies[settings.AUTH_COOKIE_ACCESS].value == ""
    assert response.cookies[settings.AUTH_COOKIE_REFRESH].value == ""
    subject.refresh_from_db()
    assert subject.email == f"erased-{subject.pk}@erased.invalid"
    assert (subject.first_name, subject.last_name) == ("", "")
    assert not subject.has_usable_password()
    assert not subject.is_active
    subject.full_clean()
    received.refresh_from_db()
    assert received.email == subject.email
    for row in mine:
        erase = PERSONAL_DATA[row._meta.label]["erase"]
        after = snapshot(row)
        for name, value in erase.items():
            erased = value.format(pk=row.pk) if isinstance(value, str) else value
            assert after[name] == erased, name
            stored = before[row][name]
            if isinstance(stored, FieldFile) and stored.name:
                assert not stored.storage.exists(stored.name), "the file is left"
        kept = {name: value for name, value in before[row].items() if name not in erase}
        assert {name: after[name] for name in kept} == kept
        row.full_clean()
    for row in theirs:
        assert snapshot(row) == before[row]
    assert login(APIClient(), email).status_code == status.HTTP_401_UNAUTHORIZED
    refused = APIClient().post("/api/v1/auth/refresh/", {"refresh": str(other_device)})
    assert refused.status_code == status.HTTP_401_UNAUTHORIZED
    outstanding = OutstandingToken.objects.filter(user=subject)
    assert outstanding.count() == 2
    assert BlacklistedToken.objects.filter(token__in=outstanding).count() == 2


def test_the_erasure_needs_the_current_password_and_changes_nothing_without(
    subject, workspace
):
    rows = rows_of(subject, workspace)
    before = {row: snapshot(row) for row in rows}
    client = signed_in(subject)

    wrong = client.post(ERASE, {"password": "not the password"})
    missing = client.post(ERASE, {})

    assert wrong.status_code == status.HTTP_400_BAD_REQUEST
    assert wrong.json()["fields"] == {"password": ["The current password is wrong."]}
    assert missing.status_code == status.HTTP_400_BAD_REQUEST
    assert "password" in missing.json()["fields"]
    subject.refresh_from_db()
    assert subject.is_active
    assert subject.check_password(PASSWORD)
    assert subject.first_name == "Ada"
    for row in rows:
        assert snapshot(row) == before[row]


def test_the_only_owner_of_a_workspace_with_members_cannot_erase(
    member, member_client, workspace
):
    join(workspace, ROLES[-1])
    join(workspace, OWNER_ROLE, user__is_active=False)  # erased: not an owner
    response = member_client.post(ERASE, {"password": PASSWORD})
    assert response.status_code == status.HTTP_409_CONFLICT
    assert response.json()["error"] == "sole_owner"
    assert workspace.name in response.json()["message"]
    member.refresh_from_db()
    assert member.is_active


@pytest.mark.skipif(len(ROLES) < 2, reason="with one role every member is an owner")
@pytest.mark.django_db(transaction=True)
def test_two_co_owners_cannot_both_erase_at_once(workspace):
    first, second = (join(workspace, OWNER_ROLE) for _ in range(2))
    join(workspace, ROLES[-1])  # a member, who needs an owner
    refused = []

    def erase_second() -> None:
        try:
            privacy.erase_personal_data(second, request=RequestFactory().post(ERASE))
        except ApplicationError as error:
            refused.append(error.code)
        finally:
            connections.close_all()

    with transaction.atomic():
        privacy.erase_personal_data(first, request=RequestFactory().post(ERASE))
        other = Thread(target=erase_second)
        other.start()
        other.join(timeout=1)  # It waits for this transaction's locks.
    other.join()
    assert refused == ["sole_owner"]
    second.refresh_from_db()
    assert second.is_active


def test_a_cookie_authenticated_erasure_needs_the_csrf_token(subject):
    browser = APIClient(enforce_csrf_checks=True)
    login(browser, subject.email)
    response = browser.post(ERASE, {"password": PASSWORD})
    assert response.status_code == status.HTTP_403_FORBIDDEN
    assert "CSRF" in response.json()["message"]
    subject.refresh_from_db()
    assert subject.is_active


def test_the_export_and_the_erasure_are_in_the_audit_log(subject):
    client = signed_in(subject)
    agent = "privacy-test"
    client.get(EXPORT, HTTP_USER_AGENT=agent)
    second = client.get(EXPORT, HTTP_USER_AGENT=agent).json()
    mine = AuditLog.objects.filter(actor=subject).order_by("id")
    assert {(e.ip, e.user_agent) for e in mine} == {("127.0.0.1", agent)}
    client.post(ERASE, {"password": PASSWORD}, HTTP_USER_AGENT=agent)
    entries = list(mine.all())
    assert [(e.action, e.object_id) for e in entries] == [
        (AuditLog.Action.EXPORT, str(subject.pk)),
        (AuditLog.Action.EXPORT, str(subject.pk)),
        (AuditLog.Action.ERASE, str(subject.pk)),
    ]
    # The erasure keeps the trail but forgets where the user was.
    assert {(e.ip, e.user_agent) for e in entries} == {(None, "")}
    logged = [(e["action"], e["entity"], e["id"]) for e in second["audit_log"]]
    assert logged == [("export", "users.user", str(subject.pk))]


def test_the_erasure_audits_each_row_it_changes_without_the_values(subject, workspace):
    rows = [
        row
        for row in rows_of(subject, workspace)
        if PERSONAL_DATA[row._meta.label].get("audited")
    ]
    signed_in(subject).post(ERASE, {"password": PASSWORD})
    for row in rows:
        entry = AuditLog.objects.get(
            content_type=ContentType.objects.get_for_model(row),
            object_id=str(row.pk),
            action=AuditLog.Action.UPDATE,
        )
        assert entry.actor == subject
        erase = PERSONAL_DATA[row._meta.label]["erase"]
        assert entry.changes
        assert set(entry.changes) <= set(erase)
        for name, (old, new) in entry.changes.items():
            assert old in ("[masked]", None), name
            assert new in ("[masked]", None), name
