import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import connection

from apps.note.generated.factories import NoteFactory
from apps.note.models import Note
from apps.users.factories import UserFactory
from apps.visit.generated.factories import VisitFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = NoteFactory.create()
    assert str(row) == str(row.pk)


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = NoteFactory.create(workspace=workspace)
    NoteFactory.create(workspace=other_workspace)
    rows = Note.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("body", "x" * 10001, id="body-max_length"),
        pytest.param("body", "", id="body-min_length"),
        pytest.param("tags", ["x"] * 11, id="tags-max_items"),
        pytest.param("tags", ["x" * 31], id="tags-item_max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = NoteFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Note.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "note_default_order" in rows.explain()


def test_the_admin_keeps_visit_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(Note)
    row = NoteFactory.create(workspace=workspace)
    foreign = VisitFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "visit"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This visit belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]
