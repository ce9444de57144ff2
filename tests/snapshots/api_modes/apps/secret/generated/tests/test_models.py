import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from apps.secret.generated.factories import SecretFactory
from apps.secret.models import Secret

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = SecretFactory.create()
    assert str(row) == row.value


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = SecretFactory.create(workspace=workspace)
    SecretFactory.create(workspace=other_workspace)
    rows = Secret.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("value", "x" * 256, id="value-max_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = SecretFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Secret.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "secret_default_order" in rows.explain()
