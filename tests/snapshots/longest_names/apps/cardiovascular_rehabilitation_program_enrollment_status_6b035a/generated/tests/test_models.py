import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.models import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
)
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create()
    assert str(row) == row.note


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=other_workspace,
    )
    rows = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.objects.for_workspace(
        workspace,
    )
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("note", "x" * 256, id="note-max_length"),
        pytest.param("state", "not-a-choice", id="state-choices"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = CardiovascularRehabilitationProgramEnrollmentStatusChangeLog.objects.for_workspace(
        workspace,
    )
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "cardiovascular_re_9be329_order" in rows.explain()


def test_the_admin_keeps_parent_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLog,
    )
    row = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    foreign = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
            workspace=other_workspace,
        )
    )
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "parent"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This cardiovascular rehabilitation program enrollment status change log belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]


def test_note_is_unique_within_a_workspace(workspace, other_workspace):
    first = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=other_workspace,
        note=first.note,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
            workspace=workspace,
            note=first.note,
        )


def test_note_and_state_is_unique_within_a_workspace(workspace, other_workspace):
    first = CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=workspace,
    )
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
        workspace=other_workspace,
        note=first.note,
        state=first.state,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
            workspace=workspace,
            note=first.note,
            state=first.state,
        )
