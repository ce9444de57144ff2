import pytest
from django.urls import reverse
from rest_framework import status

from apps.audit.models import AuditLog
from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.generated.factories import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory,
)
from apps.users.factories import UserFactory

IP = "203.0.113.7"

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():
    return UserFactory.create(is_staff=True, is_superuser=True)


def test_admin_delete_is_audited(client, superuser, workspace):
    row = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create(
        workspace=workspace,
    )
    client.force_login(superuser)
    url = reverse(
        "admin:bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5_bookkeepingentryforcardiovascularrehabilitationprogramsincli_delete",
        args=[row.pk],
    )
    response = client.post(url, {"post": "yes"})
    assert response.status_code == status.HTTP_302_FOUND
    entry = AuditLog.objects.get()
    assert (entry.action, entry.object_id) == (AuditLog.Action.DELETE, str(row.pk))
    assert entry.actor == superuser


def test_admin_restore_is_audited(client, superuser, workspace):
    row = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create(
        workspace=workspace,
    )
    row.soft_delete()
    client.force_login(superuser)
    changelist = reverse(
        "admin:bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5_bookkeepingentryforcardiovascularrehabilitationprogramsincli_changelist",
    )
    restore = {"action": "restore_selected", "_selected_action": [row.pk]}
    client.post(changelist, restore)
    entry = AuditLog.objects.get()
    assert (entry.action, entry.object_id) == (AuditLog.Action.RESTORE, str(row.pk))
    assert entry.changes["deleted_at"][1] is None
