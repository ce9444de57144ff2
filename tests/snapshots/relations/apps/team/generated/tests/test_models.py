import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import connection

from apps.employee.generated.factories import EmployeeFactory
from apps.team.generated.admin import TransferFromTeamInline
from apps.team.generated.factories import TeamFactory
from apps.team.models import Team
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = TeamFactory.create()
    assert str(row) == row.name


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = TeamFactory.create(workspace=workspace)
    TeamFactory.create(workspace=other_workspace)
    rows = Team.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("name", "x" * 256, id="name-max_length"),
        pytest.param("headcount", -1, id="headcount-min"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = TeamFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Team.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "team_default_order" in rows.explain()


def test_the_admin_keeps_lead_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(Team)
    row = TeamFactory.create(workspace=workspace)
    foreign = EmployeeFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "lead"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This employee belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]


def test_the_admin_keeps_transfer_employee_rows_inside_the_workspace(
    rf,
    workspace,
    other_workspace,
):
    inline = TransferFromTeamInline(Team, admin.site)
    parent = TeamFactory.create(workspace=workspace)
    foreign = EmployeeFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "employee"
    change_formset = inline.get_formset(request, parent)
    with pytest.raises(ValidationError):
        change_formset.form.base_fields[field].clean(foreign.pk)
    # A row added with a new parent: the parent form's workspace is the one.
    prefix = change_formset.get_default_prefix()
    data = {
        f"{prefix}-TOTAL_FORMS": "1",
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-0-{field}": foreign.pk,
    }
    new_parent = Team(workspace=workspace)
    add_formset = inline.get_formset(request)(data, instance=new_parent, prefix=prefix)
    assert not add_formset.is_valid()
    message = f"This employee belongs to another workspace than {workspace}."
    assert add_formset.forms[0].errors[field] == [message]
