import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import connection

from apps.group.generated.factories import GroupFactory
from apps.order.generated.factories import OrderFactory
from apps.order.models import Order
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = OrderFactory.create()
    assert str(row) == row.select


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = OrderFactory.create(workspace=workspace)
    OrderFactory.create(workspace=other_workspace)
    rows = Order.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("select", "x" * 256, id="select-max_length"),
        pytest.param("group", "x" * 256, id="group-max_length"),
        pytest.param("type", "not-a-choice", id="type-choices"),
        pytest.param("user_id_text", "x" * 256, id="user_id_text-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = OrderFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Order.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "order_default_order" in rows.explain()


def test_the_admin_keeps_where_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(Order)
    row = OrderFactory.create(workspace=workspace)
    foreign = GroupFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "where"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This group belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]
