import datetime
from decimal import Decimal

import pytest
from rest_framework.exceptions import ValidationError
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.booking.generated.factories import BookingFactory
from apps.booking.generated.tests.payloads import payload
from apps.booking.models import Booking
from apps.booking.serializers import BookingSerializer
from apps.core.testing import above, below, different, member_of, skip_unless_sent

pytestmark = pytest.mark.django_db

REQUIRED = ["starts_on", "min_guests", "price", "opens_at"]


def serializer_for(data: dict, workspace, row=None) -> BookingSerializer:
    """The serializer as the API builds it, for a member's request; ``row`` to update."""
    request = Request(APIRequestFactory().post("/"))
    request.user = member_of(workspace)
    context = {"request": request, "workspace": workspace}
    return BookingSerializer(row, data, context=context, partial=row is not None)


def test_a_valid_payload_is_saved_in_the_request_workspace(workspace, other_workspace):
    data = payload(workspace) | {"workspace": other_workspace.pk}
    serializer = serializer_for(data, workspace)
    assert serializer.is_valid(), serializer.errors
    assert serializer.save().workspace == workspace


@pytest.mark.parametrize(
    ("field", "value"),
    [
        pytest.param("starts_on", "not a date", id="starts_on-type"),
        pytest.param("due_on", "not a date", id="due_on-type"),
        pytest.param("min_guests", 0, id="min_guests-min"),
        pytest.param("min_guests", "not a number", id="min_guests-type"),
        pytest.param("max_guests", "not a number", id="max_guests-type"),
        pytest.param("price", "not a number", id="price-type"),
        pytest.param("price", Decimal("9999999"), id="price-max_digits"),
        pytest.param("discount", "not a number", id="discount-type"),
        pytest.param("discount", Decimal("9999999"), id="discount-max_digits"),
        pytest.param("opens_at", "not a time", id="opens_at-type"),
        pytest.param("closes_at", "not a time", id="closes_at-type"),
        pytest.param("code", "x" * 21, id="code-max_length"),
        pytest.param("stage", "not-a-choice", id="stage-choices"),
    ],
)
def test_a_value_that_breaks_a_rule_is_refused(workspace, field, value):
    skip_unless_sent(BookingSerializer, field)
    serializer = serializer_for(payload(workspace) | {field: value}, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors


@pytest.mark.parametrize(
    ("field", "value", "passes", "message"),
    [
        pytest.param(
            "starts_on",
            lambda row: above(row.due_on),
            False,
            "The start must be on or before the due date.",
            id="starts_on_lte_due_on-above",
        ),
        pytest.param(
            "due_on",
            lambda row: None,
            True,
            "The start must be on or before the due date.",
            id="starts_on_lte_due_on-due_on-empty",
        ),
        pytest.param(
            "starts_on",
            lambda row: below(datetime.date(2020, 1, 1)),
            False,
            "Bookings start in 2020 or later.",
            id="starts_on_gte_2020_01_01-below",
        ),
        pytest.param(
            "min_guests",
            lambda row: below(row.max_guests),
            True,
            "The minimum must be below the maximum.",
            id="min_guests_lt_max_guests-below",
        ),
        pytest.param(
            "min_guests",
            lambda row: row.max_guests,
            False,
            "The minimum must be below the maximum.",
            id="min_guests_lt_max_guests-equal",
        ),
        pytest.param(
            "min_guests",
            lambda row: above(row.max_guests),
            False,
            "The minimum must be below the maximum.",
            id="min_guests_lt_max_guests-above",
        ),
        pytest.param(
            "max_guests",
            lambda row: None,
            True,
            "The minimum must be below the maximum.",
            id="min_guests_lt_max_guests-max_guests-empty",
        ),
        pytest.param(
            "discount",
            lambda row: below(row.price),
            True,
            "The discount must be less than the price.",
            id="discount_lt_price-below",
        ),
        pytest.param(
            "discount",
            lambda row: row.price,
            False,
            "The discount must be less than the price.",
            id="discount_lt_price-equal",
        ),
        pytest.param(
            "discount",
            lambda row: above(row.price),
            False,
            "The discount must be less than the price.",
            id="discount_lt_price-above",
        ),
        pytest.param(
            "discount",
            lambda row: None,
            True,
            "The discount must be less than the price.",
            id="discount_lt_price-discount-empty",
        ),
        pytest.param(
            "price",
            lambda row: below(Decimal("0")),
            False,
            "The price must be positive.",
            id="price_gt_0-below",
        ),
        pytest.param(
            "price",
            lambda row: Decimal("0"),
            False,
            "The price must be positive.",
            id="price_gt_0-equal",
        ),
        pytest.param(
            "closes_at",
            lambda row: below(row.opens_at),
            False,
            "Closing must come after opening.",
            id="closes_at_gt_opens_at-below",
        ),
        pytest.param(
            "closes_at",
            lambda row: row.opens_at,
            False,
            "Closing must come after opening.",
            id="closes_at_gt_opens_at-equal",
        ),
        pytest.param(
            "closes_at",
            lambda row: above(row.opens_at),
            True,
            "Closing must come after opening.",
            id="closes_at_gt_opens_at-above",
        ),
        pytest.param(
            "closes_at",
            lambda row: None,
            True,
            "Closing must come after opening.",
            id="closes_at_gt_opens_at-closes_at-empty",
        ),
        pytest.param(
            "code",
            lambda row: "none",
            False,
            "'none' is not a code.",
            id="code_ne_none-equal",
        ),
        pytest.param(
            "code",
            lambda row: BookingFactory.build().code,
            True,
            "'none' is not a code.",
            id="code_ne_none-different",
        ),
        pytest.param(
            "code",
            lambda row: "",
            True,
            "'none' is not a code.",
            id="code_ne_none-code-empty",
        ),
        pytest.param(
            "stage",
            lambda row: "closed",
            False,
            "A booking cannot be closed here.",
            id="stage_ne_closed-equal",
        ),
        pytest.param(
            "stage",
            lambda row: different("closed", Booking.Stage.values),
            True,
            "A booking cannot be closed here.",
            id="stage_ne_closed-different",
        ),
    ],
)
def test_a_partial_update_keeps_to_the_rules(workspace, field, value, passes, message):
    skip_unless_sent(BookingSerializer, field)
    row = BookingFactory.create(workspace=workspace)
    sent = value(row)
    # The other side of the rule is the row's: only this field is sent.
    serializer = serializer_for({field: sent}, workspace, row)
    if passes:
        assert serializer.is_valid(), serializer.errors
        serializer.save()
        row.refresh_from_db()
        assert getattr(row, field) == sent
    else:
        assert not serializer.is_valid()
        assert message in serializer.errors[field]


@pytest.mark.parametrize(
    ("field", "value", "change", "message"),
    [
        pytest.param(
            "min_guests",
            lambda row: below(row.max_guests),
            lambda row: {
                "max_guests": below(row.max_guests),
                "min_guests": below(below(row.max_guests)),
            },
            "The minimum must be below the maximum.",
            id="min_guests_lt_max_guests",
        ),
        pytest.param(
            "closes_at",
            lambda row: above(row.opens_at),
            lambda row: {
                "opens_at": above(row.opens_at),
                "closes_at": above(above(row.opens_at)),
            },
            "Closing must come after opening.",
            id="closes_at_gt_opens_at",
        ),
    ],
)
def test_a_rule_broken_with_a_change_made_at_the_same_time_is_refused(
    workspace, field, value, change, message
):
    skip_unless_sent(BookingSerializer, field)
    row = BookingFactory.create(workspace=workspace)
    serializer = serializer_for({field: value(row)}, workspace, row)
    assert serializer.is_valid(), serializer.errors
    # Another request changes the row between this one's checks and its write.
    Booking.objects.filter(pk=row.pk).update(**change(row))
    with pytest.raises(ValidationError) as refused:
        serializer.save()
    assert message in refused.value.detail[field]


@pytest.mark.parametrize("field", REQUIRED)
def test_a_required_field_cannot_be_left_out(workspace, field):
    skip_unless_sent(BookingSerializer, field)
    data = payload(workspace)
    del data[field]
    serializer = serializer_for(data, workspace)
    assert not serializer.is_valid()
    assert field in serializer.errors
