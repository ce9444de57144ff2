import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction

from apps.booking.generated.factories import BookingFactory
from apps.booking.models import Booking
from apps.core.testing import above, below, different

pytestmark = pytest.mark.django_db


def test_str_shows_the_display_field():
    row = BookingFactory.create()
    assert str(row) == row.code


def test_for_workspace_returns_only_rows_of_that_workspace(workspace, other_workspace):
    mine = BookingFactory.create(workspace=workspace)
    BookingFactory.create(workspace=other_workspace)
    rows = Booking.objects.for_workspace(workspace)
    assert list(rows) == [mine]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("min_guests", 0, id="min_guests-min"),
        pytest.param("price", Decimal("9999999"), id="price-max_digits"),
        pytest.param("discount", Decimal("9999999"), id="discount-max_digits"),
        pytest.param("code", "x" * 21, id="code-max_length"),
        pytest.param("stage", "not-a-choice", id="stage-choices"),
    ],
)
def test_full_clean_refuses_a_value_that_breaks_a_rule(field, value):
    row = BookingFactory.create()
    setattr(row, field, value)
    with pytest.raises(ValidationError) as error:
        row.full_clean()
    assert field in error.value.message_dict


@pytest.mark.parametrize(
    ("field", "value", "passes"),
    [
        pytest.param(
            "starts_on",
            lambda row: above(row.due_on),
            False,
            id="starts_on_lte_due_on-above",
        ),
        pytest.param(
            "due_on",
            lambda row: None,
            True,
            id="starts_on_lte_due_on-due_on-empty",
        ),
        pytest.param(
            "starts_on",
            lambda row: below(datetime.date(2020, 1, 1)),
            False,
            id="starts_on_gte_2020_01_01-below",
        ),
        pytest.param(
            "min_guests",
            lambda row: below(row.max_guests),
            True,
            id="min_guests_lt_max_guests-below",
        ),
        pytest.param(
            "min_guests",
            lambda row: row.max_guests,
            False,
            id="min_guests_lt_max_guests-equal",
        ),
        pytest.param(
            "min_guests",
            lambda row: above(row.max_guests),
            False,
            id="min_guests_lt_max_guests-above",
        ),
        pytest.param(
            "max_guests",
            lambda row: None,
            True,
            id="min_guests_lt_max_guests-max_guests-empty",
        ),
        pytest.param(
            "discount",
            lambda row: below(row.price),
            True,
            id="discount_lt_price-below",
        ),
        pytest.param(
            "discount",
            lambda row: row.price,
            False,
            id="discount_lt_price-equal",
        ),
        pytest.param(
            "discount",
            lambda row: above(row.price),
            False,
            id="discount_lt_price-above",
        ),
        pytest.param(
            "discount",
            lambda row: None,
            True,
            id="discount_lt_price-discount-empty",
        ),
        pytest.param(
            "price",
            lambda row: below(Decimal("0")),
            False,
            id="price_gt_0-below",
        ),
        pytest.param("price", lambda row: Decimal("0"), False, id="price_gt_0-equal"),
        pytest.param(
            "closes_at",
            lambda row: below(row.opens_at),
            False,
            id="closes_at_gt_opens_at-below",
        ),
        pytest.param(
            "closes_at",
            lambda row: row.opens_at,
            False,
            id="closes_at_gt_opens_at-equal",
        ),
        pytest.param(
            "closes_at",
            lambda row: above(row.opens_at),
            True,
            id="closes_at_gt_opens_at-above",
        ),
        pytest.param(
            "closes_at",
            lambda row: None,
            True,
            id="closes_at_gt_opens_at-closes_at-empty",
        ),
        pytest.param("code", lambda row: "none", False, id="code_ne_none-equal"),
        pytest.param(
            "code",
            lambda row: BookingFactory.build().code,
            True,
            id="code_ne_none-different",
        ),
        pytest.param("code", lambda row: "", True, id="code_ne_none-code-empty"),
        pytest.param("stage", lambda row: "closed", False, id="stage_ne_closed-equal"),
        pytest.param(
            "stage",
            lambda row: different("closed", Booking.Stage.values),
            True,
            id="stage_ne_closed-different",
        ),
    ],
)
def test_the_database_holds_the_rules(field, value, passes):
    row = BookingFactory.create()
    setattr(row, field, value(row))
    if passes:
        row.save()
    else:
        # Saved without validation: the CheckConstraint refuses the row.
        with pytest.raises(IntegrityError), transaction.atomic():
            row.save()


def test_a_list_in_the_default_order_reads_its_index(workspace):
    rows = Booking.objects.for_workspace(workspace)
    # The list's order: the genome's ordering, then the primary key.
    rows = rows.order_by("-created_at", "pk")
    with connection.cursor() as cursor:
        # As on a big table: a sort or a whole-table scan would cost more.
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute("SET LOCAL enable_sort = off")
    assert "booking_default_order" in rows.explain()
