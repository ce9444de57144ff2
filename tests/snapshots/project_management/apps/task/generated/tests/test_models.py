from decimal import Decimal

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.core.testing import oversized_file
from apps.project.generated.factories import ProjectFactory
from apps.task.generated.admin import CommentInline
from apps.task.generated.factories import TaskFactory
from apps.task.models import Task
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = TaskFactory.create()
    assert str(row) == row.title


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = TaskFactory.create(workspace=workspace)
    TaskFactory.create(workspace=other_workspace)
    rows = Task.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("title", "x" * 201, id="title-max_length"),
        pytest.param("title", "x" * 2, id="title-min_length"),
        pytest.param("status", "not-a-choice", id="status-choices"),
        pytest.param("priority", 0, id="priority-min"),
        pytest.param("priority", 6, id="priority-max"),
        pytest.param("estimate_hours", Decimal("-1"), id="estimate_hours-min"),
        pytest.param("estimate_hours", Decimal("1000"), id="estimate_hours-max"),
        pytest.param(
            "estimate_hours",
            Decimal("999999"),
            id="estimate_hours-max_digits",
        ),
        pytest.param("tags", ["x"] * 11, id="tags-max_items"),
        pytest.param("tags", ["x" * 31], id="tags-item_max_length"),
        pytest.param("attachment", oversized_file(5242881), id="attachment-max_size"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = TaskFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Task.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-priority", "due_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "task_default_order" in rows.explain()


def test_the_admin_keeps_project_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(Task)
    row = TaskFactory.create(workspace=workspace)
    foreign = ProjectFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "project"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This project belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]


def test_the_admin_keeps_comment_author_rows_inside_the_workspace(
    rf,
    workspace,
    other_workspace,
):
    inline = CommentInline(Task, admin.site)
    parent = TaskFactory.create(workspace=workspace)
    foreign = UserFactory.create()
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "author"
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
    new_parent = Task(workspace=workspace)
    add_formset = inline.get_formset(request)(data, instance=new_parent, prefix=prefix)
    assert not add_formset.is_valid()
    message = f"This user belongs to another workspace than {workspace}."
    assert add_formset.forms[0].errors[field] == [message]


def test_project_and_title_is_unique_within_a_workspace(workspace, other_workspace):
    first = TaskFactory.create(workspace=workspace)
    with pytest.raises(IntegrityError), transaction.atomic():
        TaskFactory.create(
            workspace=workspace,
            project=first.project,
            title=first.title,
        )
