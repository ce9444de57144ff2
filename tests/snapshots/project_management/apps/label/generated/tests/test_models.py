import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.label.generated.factories import LabelFactory
from apps.label.models import Label

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = LabelFactory.create()
    assert str(row) == row.name


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = LabelFactory.create(workspace=workspace)
    LabelFactory.create(workspace=other_workspace)
    rows = Label.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("name", "x" * 41, id="name-max_length"),
        pytest.param("color", "x" * 8, id="color-max_length"),
        pytest.param("color", "!", id="color-pattern"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = LabelFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Label.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("name", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "label_default_order" in rows.explain()


def test_name_is_unique_within_a_workspace(workspace, other_workspace):
    first = LabelFactory.create(workspace=workspace)
    LabelFactory.create(workspace=other_workspace, name=first.name)
    with pytest.raises(IntegrityError), transaction.atomic():
        LabelFactory.create(workspace=workspace, name=first.name)
