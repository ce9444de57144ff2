import pytest
from django.db import connection

from apps.json.generated.factories import JsonFactory
from apps.json.models import Json

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = JsonFactory.create()
    assert str(row) == str(row.pk)


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = JsonFactory.create(workspace=workspace)
    JsonFactory.create(workspace=other_workspace)
    rows = Json.objects.for_workspace(workspace)
    assert list(rows) == [mine]


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Json.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "json_default_order" in rows.explain()
