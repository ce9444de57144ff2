import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import connection

from apps.comment.generated.factories import CommentFactory
from apps.comment.models import Comment
from apps.task.generated.factories import TaskFactory
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = CommentFactory.create()
    assert str(row) == str(row.pk)


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = CommentFactory.create(workspace=workspace)
    CommentFactory.create(workspace=other_workspace)
    rows = Comment.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("body", "x" * 5001, id="body-max_length"),
        pytest.param("body", "", id="body-min_length"),
        pytest.param("author_email", "not-an-email", id="author_email-email"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = CommentFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Comment.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "comment_default_order" in rows.explain()


def test_the_admin_keeps_task_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(Comment)
    row = CommentFactory.create(workspace=workspace)
    foreign = TaskFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "task"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This task belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]
