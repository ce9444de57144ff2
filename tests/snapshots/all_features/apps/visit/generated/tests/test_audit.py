import pytest
from django.contrib import admin
from django.db import IntegrityError, connection, transaction
from django.urls import reverse
from rest_framework import status

from apps.audit.models import AuditLog
from apps.audit.services import MASKED
from apps.core.testing import request_kwargs
from apps.users.factories import UserFactory
from apps.visit.generated.factories import VisitFactory
from apps.visit.generated.tests.payloads import payload
from apps.visit.models import Visit

URL = "/api/v1/visits/"
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
    assert entry.changes["reason"] == [None, MASKED]
    masked = Visit.audit_masked_fields
    for name in masked:
        assert entry.changes.get(name, [None, None])[1] in (None, MASKED)


def test_update_is_audited(updater, workspace):
    row = VisitFactory.create(workspace=workspace)
    body = payload(workspace)
    response = updater.put(f"{URL}{row.pk}/", **request_kwargs(body), REMOTE_ADDR=IP)
    assert response.status_code == status.HTTP_200_OK, response.json()
    entry = AuditLog.objects.get()
    assert (entry.action, entry.object_id) == (AuditLog.Action.UPDATE, str(row.pk))
    assert (entry.actor, entry.ip) == (response.wsgi_request.user, IP)
    assert entry.changes["reason"] == [MASKED, MASKED]


def test_delete_is_audited(deleter, workspace):
    row = VisitFactory.create(workspace=workspace)
    response = deleter.delete(f"{URL}{row.pk}/", REMOTE_ADDR=IP)
    assert response.status_code == status.HTTP_204_NO_CONTENT
    entry = AuditLog.objects.get()
    assert (entry.action, entry.object_id) == (AuditLog.Action.DELETE, str(row.pk))
    assert (entry.actor, entry.ip) == (response.wsgi_request.user, IP)
    assert list(entry.changes) == ["deleted_at"]


def test_a_failed_audit_write_rolls_the_change_back(creator, workspace):
    with connection.cursor() as cursor:
        cursor.execute(
            "ALTER TABLE audit_auditlog ADD CONSTRAINT refuse_rows CHECK (false) NOT VALID"
        )
    body = payload(workspace)
    rows = Visit._base_manager.count()
    with pytest.raises(IntegrityError):
        creator.post(URL, **request_kwargs(body))
    assert Visit._base_manager.count() == rows


@pytest.fixture
def superuser():
    return UserFactory.create(is_staff=True, is_superuser=True)


def test_admin_change_is_audited(rf, superuser, workspace):
    row = VisitFactory.create(workspace=workspace)
    new = VisitFactory.build().reason
    request = rf.post("/", REMOTE_ADDR=IP)
    request.user = superuser
    model_admin = admin.site.get_model_admin(Visit)
    form_class = model_admin.get_form(request, row, fields=["reason"])
    form = form_class(instance=row, data={"reason": new})
    assert form.is_valid(), form.errors
    # The steps of the admin's change view, in its transaction.
    with transaction.atomic():
        row = model_admin.save_form(request, form, change=True)
        model_admin.save_model(request, row, form, change=True)
        model_admin.save_related(request, form, [], change=True)
    entry = AuditLog.objects.get()
    assert entry.action == AuditLog.Action.UPDATE
    assert (entry.actor, entry.ip) == (superuser, IP)
    assert entry.changes == {"reason": [MASKED, MASKED]}


def test_admin_delete_is_audited(client, superuser, workspace):
    row = VisitFactory.create(workspace=workspace)
    client.force_login(superuser)
    url = reverse("admin:visit_visit_delete", args=[row.pk])
    response = client.post(url, {"post": "yes"})
    assert response.status_code == status.HTTP_302_FOUND
    entry = AuditLog.objects.get()
    assert (entry.action, entry.object_id) == (AuditLog.Action.DELETE, str(row.pk))
    assert entry.actor == superuser


def test_admin_restore_is_audited(client, superuser, workspace):
    row = VisitFactory.create(workspace=workspace)
    row.soft_delete()
    client.force_login(superuser)
    changelist = reverse("admin:visit_visit_changelist")
    restore = {"action": "restore_selected", "_selected_action": [row.pk]}
    client.post(changelist, restore)
    entry = AuditLog.objects.get()
    assert (entry.action, entry.object_id) == (AuditLog.Action.RESTORE, str(row.pk))
    assert entry.changes["deleted_at"][1] is None
