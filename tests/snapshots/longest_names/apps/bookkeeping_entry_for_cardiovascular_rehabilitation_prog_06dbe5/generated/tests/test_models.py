from decimal import Decimal

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import connection

from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.generated.factories import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory,
)
from apps.bookkeeping_entry_for_cardiovascular_rehabilitation_prog_06dbe5.models import (
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCli,
)
from apps.cardiovascular_rehabilitation_program_enrollment_status_6b035a.generated.factories import (
    CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory,
)
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create()
    assert str(row) == str(row.pk)


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create(
        workspace=workspace,
    )
    BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create(
        workspace=other_workspace,
    )
    rows = BookkeepingEntryForCardiovascularRehabilitationProgramsInCli.objects.for_workspace(
        workspace,
    )
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("amount", Decimal("99999999999"), id="amount-max_digits"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = BookkeepingEntryForCardiovascularRehabilitationProgramsInCli.objects.for_workspace(
        workspace,
    )
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "bookkeeping_entry_1aaf1f_order" in rows.explain()


def test_the_admin_keeps_log_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(
        BookkeepingEntryForCardiovascularRehabilitationProgramsInCli,
    )
    row = BookkeepingEntryForCardiovascularRehabilitationProgramsInCliFactory.create(
        workspace=workspace,
    )
    foreign = (
        CardiovascularRehabilitationProgramEnrollmentStatusChangeLogFactory.create(
            workspace=other_workspace,
        )
    )
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "log"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This cardiovascular rehabilitation program enrollment status change log belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]
