import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.another_extremely_long_entity_name.generated.factories import (
    AnotherExtremelyLongEntityNameFactory,
)
from apps.another_extremely_long_entity_name.models import (
    AnotherExtremelyLongEntityName,
)

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = AnotherExtremelyLongEntityNameFactory.create()
    assert str(row) == row.title


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = AnotherExtremelyLongEntityNameFactory.create(workspace=workspace)
    AnotherExtremelyLongEntityNameFactory.create(workspace=other_workspace)
    rows = AnotherExtremelyLongEntityName.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("title", "x" * 256, id="title-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = AnotherExtremelyLongEntityNameFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = AnotherExtremelyLongEntityName.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "another_extremely_1bd189_order" in rows.explain()


def test_title_is_unique_within_a_workspace(workspace, other_workspace):
    first = AnotherExtremelyLongEntityNameFactory.create(workspace=workspace)
    AnotherExtremelyLongEntityNameFactory.create(
        workspace=other_workspace,
        title=first.title,
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        AnotherExtremelyLongEntityNameFactory.create(
            workspace=workspace,
            title=first.title,
        )
