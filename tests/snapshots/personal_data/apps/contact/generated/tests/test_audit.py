import pytest
from django.db import IntegrityError, connection
from rest_framework import status

from apps.audit.models import AuditLog
from apps.audit.services import MASKED
from apps.contact.generated.factories import ContactFactory
from apps.contact.generated.tests.payloads import payload
from apps.contact.models import Contact
from apps.core.testing import request_kwargs

URL = "/api/v1/contacts/"
IP = "203.0.113.7"

pytestmark = pytest.mark.django_db


@pytest.fixture
def creator(client_for_role):
    return client_for_role("owner")


@pytest.fixture
def updater(client_for_role):
    return client_for_role("owner")


@pytest.fixture
def deleter(client_for_role):
    return client_for_role("owner")


def test_create_is_audited(creator, workspace):
    response = creator.post(
        URL, **request_kwargs(payload(workspace)), REMOTE_ADDR=IP, HTTP_USER_AGENT="ua"
    )
    assert response.status_code == status.HTTP_201_CREATED, response.json()
    entry = AuditLog.objects.get()
    assert entry.action == AuditLog.Action.CREATE
    assert entry.object_id == str(response.json()["id"])
    assert entry.actor == response.wsgi_request.user
    assert entry.workspace == workspace
    assert (entry.ip, entry.user_agent) == (IP, "ua")
    assert entry.changes["email"] == [None, MASKED]
    masked = Contact.audit_masked_fields
    for name in masked:
        assert entry.changes.get(name, [None, None])[1] in (None, MASKED)


def test_update_is_audited(updater, workspace):
    row = ContactFactory.create(workspace=workspace)
    body = payload(workspace)
    response = updater.put(f"{URL}{row.pk}/", **request_kwargs(body), REMOTE_ADDR=IP)
    assert response.status_code == status.HTTP_200_OK, response.json()
    entry = AuditLog.objects.get()
    assert (entry.action, entry.object_id) == (AuditLog.Action.UPDATE, str(row.pk))
    assert (entry.actor, entry.ip) == (response.wsgi_request.user, IP)
    assert entry.changes["email"] == [MASKED, MASKED]


def test_delete_is_audited(deleter, workspace):
    row = ContactFactory.create(workspace=workspace)
    response = deleter.delete(f"{URL}{row.pk}/", REMOTE_ADDR=IP)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    entry = AuditLog.objects.get()
    assert (entry.action, entry.object_id) == (AuditLog.Action.DELETE, str(row.pk))
    assert (entry.actor, entry.ip) == (response.wsgi_request.user, IP)
    assert entry.changes["email"] == [MASKED, None]


def test_a_failed_audit_write_rolls_the_change_back(creator, workspace):
    with connection.cursor() as cursor:
        cursor.execute(
            "ALTER TABLE audit_auditlog ADD CONSTRAINT refuse_rows CHECK (false) NOT VALID"
        )
    body = payload(workspace)
    rows = Contact._base_manager.count()
    with pytest.raises(IntegrityError):
        creator.post(URL, **request_kwargs(body))
    assert Contact._base_manager.count() == rows
