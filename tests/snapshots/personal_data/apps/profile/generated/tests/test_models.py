import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.core.testing import oversized_file
from apps.profile.generated.factories import ProfileFactory
from apps.profile.models import Profile

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = ProfileFactory.create()
    assert str(row) == row.display_name


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = ProfileFactory.create(workspace=workspace)
    ProfileFactory.create(workspace=other_workspace)
    rows = Profile.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("handle", "not a slug!", id="handle-slug"),
        pytest.param("display_name", "x" * 81, id="display_name-max_length"),
        pytest.param("contact_email", "not-an-email", id="contact_email-email"),
        pytest.param("homepage", "not a url", id="homepage-url"),
        pytest.param("phone", "x" * 21, id="phone-max_length"),
        pytest.param("phone", "!", id="phone-pattern"),
        pytest.param("initials", "x" * 5, id="initials-max_length"),
        pytest.param("badge", "x" * 9, id="badge-max_length"),
        pytest.param("badge", "!", id="badge-pattern"),
        pytest.param("nicknames", ["x"] * 4, id="nicknames-max_items"),
        pytest.param("avatar", oversized_file(1048577), id="avatar-max_size"),
        pytest.param("bio", "x" * 2, id="bio-min_length"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = ProfileFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Profile.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "profile_default_order" in rows.explain()


def test_handle_is_unique_within_a_workspace(workspace, other_workspace):
    first = ProfileFactory.create(workspace=workspace)
    ProfileFactory.create(workspace=other_workspace, handle=first.handle)
    with pytest.raises(IntegrityError), transaction.atomic():
        ProfileFactory.create(workspace=workspace, handle=first.handle)
