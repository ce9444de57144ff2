import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import connection

from apps.case_note.generated.factories import CaseNoteFactory
from apps.case_note.models import CaseNote
from apps.shift.generated.factories import ShiftFactory
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = CaseNoteFactory.create()
    assert str(row) == str(row.pk)


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = CaseNoteFactory.create(workspace=workspace)
    CaseNoteFactory.create(workspace=other_workspace)
    rows = CaseNote.objects.for_workspace(workspace)
    assert list(rows) == [mine]


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = CaseNote.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "case_note_default_order" in rows.explain()


def test_the_admin_keeps_shift_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(CaseNote)
    row = CaseNoteFactory.create(workspace=workspace)
    foreign = ShiftFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "shift"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This shift belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]
