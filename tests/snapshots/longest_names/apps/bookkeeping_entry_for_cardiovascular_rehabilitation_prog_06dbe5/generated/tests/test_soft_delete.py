from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse_lazy
from django.utils import timezone
from rest_framework import status

from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.generated.factories import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory,
)
from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.models import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCli,
)
from apps.users.factories import UserFactory

CHANGELIST = reverse_lazy(
    "admin:bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5_bookkeepingentryforcardiovascularrehabilitationprogramsincli_changelist",
)

pytestmark = pytest.mark.django_db


def deleted_row(
    workspace,
    days_ago: int = 0,
) -> BookkeepingEntryForCardiovascularRehabilitationProgramsInCli:
    """A row soft-deleted ``days_ago`` days ago."""
    row = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create(
        workspace=workspace,
    )
    row.deleted_at = timezone.now() - timedelta(days=days_ago)
    row.save(update_fields=["deleted_at"])
    return row


def test_restore_brings_the_row_back(workspace):
    row = deleted_row(workspace)
    row.restore()
    assert BookkeepingEntryForCardiovascularRehabilitationProgramsInCli.objects.filter(
        pk=row.pk,
    ).exists()


def test_purge_honours_the_retention_period_and_dry_run(workspace, settings):
    settings.SOFT_DELETE_RETENTION_DAYS = 30
    old = deleted_row(workspace, days_ago=31)
    recent = deleted_row(workspace, days_ago=29)
    live = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create(
        workspace=workspace,
    )
    rows = (
        BookkeepingEntryForCardiovascularRehabilitationProgramsInCli.all_objects.filter(
            pk__in=[old.pk, recent.pk, live.pk],
        )
    )
    out = StringIO()
    call_command("purge_deleted", "--dry-run", stdout=out)
    assert (
        "bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.BookkeepingEntryForCardiovascularRehabilitationProgramsInCli: would purge 1\n"
        in out.getvalue()
    )
    assert rows.count() == 3
    call_command("purge_deleted", stdout=out)
    assert (
        "bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.BookkeepingEntryForCardiovascularRehabilitationProgramsInCli: purged 1\n"
        in out.getvalue()
    )
    assert set(rows.values_list("pk", flat=True)) == {recent.pk, live.pk}


@pytest.fixture
def admin_site(client):
    client.force_login(UserFactory.create(is_staff=True, is_superuser=True))
    return client


def test_admin_lists_deleted_rows(admin_site, workspace):
    live = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create(
        workspace=workspace,
    )
    deleted = deleted_row(workspace)
    listed = admin_site.get(CHANGELIST).context["cl"].result_list
    assert set(listed) == {live, deleted}
    only_deleted = admin_site.get(CHANGELIST, {"deleted": "yes"})
    assert list(only_deleted.context["cl"].result_list) == [deleted]


def test_admin_bulk_delete_says_it_is_for_good(admin_site):
    form = admin_site.get(CHANGELIST).context["action_form"]
    actions = dict(form.fields["action"].choices)
    assert (
        actions["delete_selected"]
        == "Delete selected bookkeeping entry for cardiovascular rehabilitation programs in clis for good"
    )


def test_admin_soft_deletes_and_restores(admin_site, workspace):
    row = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create(
        workspace=workspace,
    )
    selected = {"_selected_action": [row.pk]}
    admin_site.post(CHANGELIST, {"action": "soft_delete_selected", **selected})
    row.refresh_from_db()
    assert row.deleted_at is not None
    response = admin_site.post(CHANGELIST, {"action": "restore_selected", **selected})
    assert response.status_code == status.HTTP_302_FOUND
    row.refresh_from_db()
    assert row.deleted_at is None
