import datetime

import pytest
from rest_framework.request import Request
from rest_framework.test import APIRequestFactory

from apps.core.filters import OrderingFilter, UTCIsoDateTimeField
from apps.users.factories import WorkspaceFactory
from apps.users.models import Workspace


def test_date_times_are_read_as_utc_whatever_their_offset():
    # PostgreSQL refuses offsets beyond 15:59; Python and ISO 8601 allow them.
    value = UTCIsoDateTimeField().clean("2026-01-01T00:00:00-19:08")
    assert value == datetime.datetime(2026, 1, 1, 19, 8, tzinfo=datetime.UTC)
    assert value.utcoffset() == datetime.timedelta(0)


def test_a_date_time_without_offset_is_utc():
    value = UTCIsoDateTimeField().clean("2026-01-01T10:00:00")
    assert value == datetime.datetime(2026, 1, 1, 10, tzinfo=datetime.UTC)


class WorkspaceList:
    ordering_fields = ["name", "created_at"]


def ordered(**query) -> list[Workspace]:
    request = Request(APIRequestFactory().get("/", query))
    rows = Workspace.objects.order_by("created_at")
    return list(OrderingFilter().filter_queryset(request, rows, WorkspaceList()))


@pytest.mark.django_db
def test_rows_that_tie_on_the_ordering_keep_the_order_of_their_keys():
    rows = WorkspaceFactory.create_batch(3, name="Same")
    Workspace.objects.update(created_at=rows[0].created_at)
    # Updated rows move in the table: without the key, the order is the disk's.
    Workspace.objects.filter(pk=rows[0].pk).update(name="Same")
    assert ordered(ordering="-name") == rows
    assert ordered() == rows
