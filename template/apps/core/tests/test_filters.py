import datetime

from apps.core.filters import UTCIsoDateTimeField


def test_date_times_are_read_as_utc_whatever_their_offset():
    # PostgreSQL refuses offsets beyond 15:59; Python and ISO 8601 allow them.
    value = UTCIsoDateTimeField().clean("2026-01-01T00:00:00-19:08")
    assert value == datetime.datetime(2026, 1, 1, 19, 8, tzinfo=datetime.UTC)
    assert value.utcoffset() == datetime.timedelta(0)


def test_a_date_time_without_offset_is_utc():
    value = UTCIsoDateTimeField().clean("2026-01-01T10:00:00")
    assert value == datetime.datetime(2026, 1, 1, 10, tzinfo=datetime.UTC)
