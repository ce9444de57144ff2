"""Checking genome values (defaults, bounds) against a field's type."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from decimal import Decimal, InvalidOperation

from . import naming

INT_RANGE = {"integer": (-(2**31), 2**31 - 1), "big_integer": (-(2**63), 2**63 - 1)}
SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]+\Z")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+\Z")
URL_RE = re.compile(r"^(https?|ftp)://\S+\Z")
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


def coerce(kind: str, value: object) -> object:
    """Return ``value`` as the Python value the Django field will hold, or raise BadValue."""
    if kind in {"string", "text", "slug", "email", "url", "choice"}:
        if not isinstance(value, str):
            raise BadValue(f"must be text (quote it in YAML), got {value!r}")
        if kind == "slug" and not SLUG_RE.match(value):
            raise BadValue(f"{value!r} is not a slug (letters, digits, '-' and '_')")
        if kind == "email" and not EMAIL_RE.match(value):
            raise BadValue(f"{value!r} is not an email address")
        if kind == "url" and not URL_RE.match(value):
            raise BadValue(f"{value!r} is not a URL such as 'https://example.com'")
        return value
    if kind == "uuid":
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            raise BadValue(f"{value!r} is not a UUID") from None
    if kind in INT_RANGE:
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadValue(f"must be a whole number, got {value!r}")
        low, high = INT_RANGE[kind]
        if not low <= value <= high:
            raise BadValue(f"{value} does not fit {naming.article(kind)} ({low} to {high})")
        return value
    if kind == "decimal":
        return as_decimal(value)
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
            raise BadValue(f"must be a number, got {value!r}")
        return float(value)
    if kind == "boolean":
        if not isinstance(value, bool):
            raise BadValue(f"must be true or false, got {value!r}")
        return value
    if kind == "date":
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        try:
            return dt.date.fromisoformat(str(value))
        except ValueError:
            raise BadValue(f"{value!r} is not a date such as 2026-01-31") from None
    if kind == "datetime":
        if isinstance(value, dt.datetime):
            return value
        try:
            return dt.datetime.fromisoformat(str(value))
        except ValueError:
            raise BadValue(f"{value!r} is not a date and time such as '2026-01-31T09:30:00+00:00'") from None
    if kind == "time":
        match = TIME_RE.match(value) if isinstance(value, str) else None
        if not match:
            raise BadValue(f"{value!r} is not a time; write it quoted, such as '09:30'")
        hour, minute, second = (int(g or 0) for g in match.groups())
        try:
            return dt.time(hour, minute, second)
        except ValueError:
            raise BadValue(f"{value!r} is not a time of day") from None
    if kind == "duration":
        if isinstance(value, int) and not isinstance(value, bool):
            return dt.timedelta(seconds=value)
        match = DURATION_RE.match(value) if isinstance(value, str) else None
        if not match:
            raise BadValue(f"{value!r} is not a duration; give seconds (3600) or '[days ]HH:MM:SS'")
        days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
        return dt.timedelta(days=days, hours=hours, minutes=minutes, seconds=seconds)
    raise BadValue(f"{naming.article(kind)} field takes no default")
