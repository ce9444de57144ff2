from decimal import Decimal

import pytest
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.core.testing import oversized_file
from apps.owner.generated.factories import OwnerFactory
from apps.specimen.generated.factories import SpecimenFactory
from apps.specimen.models import Specimen
from apps.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = SpecimenFactory.create()
    assert str(row) == row.label


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = SpecimenFactory.create(workspace=workspace)
    SpecimenFactory.create(workspace=other_workspace)
    rows = Specimen.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("label", "x" * 81, id="label-max_length"),
        pytest.param("label", "x" * 1, id="label-min_length"),
        pytest.param("label", "!", id="label-pattern"),
        pytest.param("notes", "x" * 501, id="notes-max_length"),
        pytest.param("handle", "not a slug!", id="handle-slug"),
        pytest.param("contact", "not-an-email", id="contact-email"),
        pytest.param("homepage", "not a url", id="homepage-url"),
        pytest.param("last_login_ip", "not an ip", id="last_login_ip-ip_address"),
        pytest.param("last_login_ip", "2001:db8::1", id="last_login_ip-protocol"),
        pytest.param("count", -1, id="count-min"),
        pytest.param("count", 101, id="count-max"),
        pytest.param("population", -1, id="population-min"),
        pytest.param("price", Decimal("-1"), id="price-min"),
        pytest.param("price", Decimal("100000.99"), id="price-max"),
        pytest.param("price", Decimal("9999999"), id="price-max_digits"),
        pytest.param("ratio", -1.0, id="ratio-min"),
        pytest.param("ratio", 2.0, id="ratio-max"),
        pytest.param("stage", "not-a-choice", id="stage-choices"),
        pytest.param("tags", ["x"] * 6, id="tags-max_items"),
        pytest.param("tags", ["x" * 21], id="tags-item_max_length"),
        pytest.param("scores", [1] * 4, id="scores-max_items"),
        pytest.param("document", oversized_file(1000001), id="document-max_size"),
        pytest.param("photo", oversized_file(2000001), id="photo-max_size"),
        pytest.param("heart_rate", 19, id="heart_rate-min"),
        pytest.param("heart_rate", 251, id="heart_rate-max"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = SpecimenFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Specimen.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "specimen_default_order" in rows.explain()


def test_the_admin_keeps_owner_inside_the_workspace(rf, workspace, other_workspace):
    model_admin = admin.site.get_model_admin(Specimen)
    row = SpecimenFactory.create(workspace=workspace)
    foreign = OwnerFactory.create(workspace=other_workspace)
    request = rf.get("/")
    request.user = UserFactory.create(is_staff=True, is_superuser=True)
    field = "owner"
    change_form = model_admin.get_form(request, row, change=True)
    with pytest.raises(ValidationError):
        change_form.base_fields[field].clean(foreign.pk)
    data = {"workspace": workspace.pk, field: foreign.pk}
    add_form = model_admin.get_form(request)(data=data)
    message = f"This owner belongs to another workspace than {workspace}."
    assert add_form.errors[field] == [message]


def test_handle_is_unique_within_a_workspace(workspace, other_workspace):
    first = SpecimenFactory.create(workspace=workspace)
    SpecimenFactory.create(workspace=other_workspace, handle=first.handle)
    with pytest.raises(IntegrityError), transaction.atomic():
        SpecimenFactory.create(workspace=workspace, handle=first.handle)
