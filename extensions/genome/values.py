"""Reading genome values (defaults, bounds) as the Python values a field holds.

Each field kind names its reader in ``kinds``; a reader returns the value or
raises BadValue saying what would fit.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import re
import uuid
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from . import naming

TIME_RE = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?\Z")
DURATION_RE = re.compile(r"^(?:(\d+) )?(\d{1,2}):(\d{2}):(\d{2})\Z")


class BadValue(ValueError):
    """The value does not fit; the message says what would."""


def as_decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise BadValue("must be a number, not true/false")
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise BadValue(f"{value!r} is not a number") from None


def fits_digits(value: Decimal, max_digits: int, decimal_places: int) -> bool:
    quantized = value.quantize(Decimal(1).scaleb(-decimal_places))
    if quantized != value:
        return False
    digits = len(quantized.as_tuple().digits)
    return digits <= max_digits and -quantized.as_tuple().exponent <= decimal_places


def pattern_matches(pattern: str, value: str) -> bool:
    return re.fullmatch(pattern, value) is not None


def text(value: object) -> str:
    if not isinstance(value, str):
        raise BadValue(f"must be text (quote it in YAML), got {value!r}")
    return value


def text_matching(regex: str, what: str) -> Callable[[object], str]:
    """A reader of text that ``regex`` matches; ``what`` names such text."""
    shape = re.compile(regex)

    def read(value: object) -> str:
        if not shape.match(text(value)):
            raise BadValue(f"{value!r} is not {what}")
        return value

    return read


def uuid_text(value: object) -> str:
    try:
        return str(uuid.UUID(str(value)))
    except ValueError:
        raise BadValue(f"{value!r} is not a UUID") from None


def ip_address(value: object) -> str:
    address = text(value)
    try:
        return ipaddress.ip_address(address).compressed
    except ValueError:
        raise BadValue(f"{value!r} is not an IP address such as '192.0.2.1' or '2001:db8::1'") from None


def ip_version(address: str) -> str:
    """The protocol of an address, as Django names it: IPv4 or IPv6."""
    return f"IPv{ipaddress.ip_address(address).version}"


def whole_number(kind: str, low: int, high: int) -> Callable[[object], int]:
    def read(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue(f"must be a whole number, got {value!r}")
        if not low <= value <= high:
            raise BadValue(f"{value} does not fit {naming.article(kind)} ({low} to {high})")
        return value

    return read


def real_number(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise BadValue(f"must be a number, got {value!r}")
    return float(value)


def boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise BadValue(f"must be true or false, got {value!r}")
    return value


def date(value: object) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise BadValue(f"{value!r} is not a date such as 2026-01-31") from None


def datetime(value: object) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise BadValue(f"{value!r} is not a date and time such as '2026-01-31T09:30:00+00:00'") from None


def time(value: object) -> dt.time:
    match = TIME_RE.match(value) if isinstance(value, str) else None
    if not match:
        raise BadValue(f"{value!r} is not a time; write it quoted, such as '09:30'")
    hour, minute, second = (int(g or 0) for g in match.groups())
    try:
        return dt.time(hour, minute, second)
    except ValueError:
        raise BadValue(f"{value!r} is not a time of day") from None


def duration(value: object) -> dt.timedelta:
    if isinstance(value, int) and not isinstance(value, bool):
        return dt.timedelta(seconds=value)
    match = DURATION_RE.match(value) if isinstance(value, str) else None
    if not match:
        raise BadValue(f"{value!r} is not a duration; give seconds (3600) or '[days ]HH:MM:SS'")
    days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    return dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
