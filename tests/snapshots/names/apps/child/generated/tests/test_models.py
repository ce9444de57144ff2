import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import connection

from apps.child.generated.factories import ChildFactory
from apps.child.models import Child
from apps.person.generated.factories import PersonFactory
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = ChildFactory.create()
    assert str(row) == str(row.pk)


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = ChildFactory.create(workspace=workspace)
    ChildFactory.create(workspace=other_workspace)
    rows = Child.objects.for_workspace(workspace)
    assert list(rows) == [mine]


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Child.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "child_default_order" in rows.explain()


def test_the_admin_keeps_parent_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(Child)
    row = ChildFactory.create(workspace=workspace)
    foreign = PersonFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "parent"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This person belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]
