from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.core.testing import above, below
from apps.project.generated.factories import ProjectFactory
from apps.project.models import Project

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = ProjectFactory.create()
    assert str(row) == row.name


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = ProjectFactory.create(workspace=workspace)
    ProjectFactory.create(workspace=other_workspace)
    rows = Project.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("name", "x" * 121, id="name-max_length"),
        pytest.param("code", "x" * 13, id="code-max_length"),
        pytest.param("code", "!", id="code-pattern"),
        pytest.param("summary", "x" * 2001, id="summary-max_length"),
        pytest.param("status", "not-a-choice", id="status-choices"),
        pytest.param("budget", Decimal("-1"), id="budget-min"),
        pytest.param("budget", Decimal("999999999"), id="budget-max_digits"),
        pytest.param("website", "not a url", id="website-url"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = ProjectFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


@pytest.mark.parametrize(
    ("field", "value", "passes"),
    [
        pytest.param(
            "starts_on",
            lambda row: below(row.due_on),
            True,
            id="starts_on_lte_due_on-below",
        ),
        pytest.param(
            "starts_on",
            lambda row: row.due_on,
            True,
            id="starts_on_lte_due_on-equal",
        ),
        pytest.param(
            "starts_on",
            lambda row: above(row.due_on),
            False,
            id="starts_on_lte_due_on-above",
        ),
        pytest.param(
            "starts_on",
            lambda row: None,
            True,
            id="starts_on_lte_due_on-starts_on-empty",
        ),
        pytest.param(
            "due_on",
            lambda row: None,
            True,
            id="starts_on_lte_due_on-due_on-empty",
        ),
    ],
)
def test_the_database_holds_the_rules(field, value, passes):
    row = ProjectFactory.create()
    setattr(row, field, value(row))
    if passes:
        row.save()
    else:
        # Saved without validation: the CheckConstraint refuses the row.
        with pytest.raises(IntegrityError), transaction.atomic():
            row.save()


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Project.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "project_default_order" in rows.explain()


def test_name_is_unique_within_a_workspace(workspace, other_workspace):
    first = ProjectFactory.create(workspace=workspace)
    ProjectFactory.create(workspace=other_workspace, name=first.name)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProjectFactory.create(workspace=workspace, name=first.name)


def test_code_is_unique_within_a_workspace(workspace, other_workspace):
    first = ProjectFactory.create(workspace=workspace)
    ProjectFactory.create(workspace=other_workspace, code=first.code)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProjectFactory.create(workspace=workspace, code=first.code)
