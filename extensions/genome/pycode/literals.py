"""Python literals for values from a genome, quoted as ``ruff format`` quotes them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal


def py_str(value: str) -> str:
    """A string literal as ruff formats it (double quotes where that adds no escapes)."""
    literal = repr(value)
    if literal.startswith("'") and '"' not in value and "'" not in value:
        return '"' + literal[1:-1] + '"'
    return literal


def py_regex(pattern: str) -> str:
    if '"' not in pattern and not pattern.endswith("\\") and "\n" not in pattern:
        return f'r"{pattern}"'
    return py_str(pattern)


def py_literal(value: object) -> str:
    """Python source for a plain value from a genome (str, int, Decimal, bool, date...)."""
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, str):
        return py_str(value)
    if isinstance(value, Decimal):
        return f'Decimal("{value}")'
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.datetime):
        return f"datetime.datetime.fromisoformat({py_str(value.isoformat())})"
    if isinstance(value, dt.date):
        return f"datetime.date({value.year}, {value.month}, {value.day})"
    if isinstance(value, dt.time):
        return f"datetime.time({value.hour}, {value.minute}, {value.second})"
    if isinstance(value, dt.timedelta):
        return f"datetime.timedelta(seconds={int(value.total_seconds())})"
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = ", ".join(f"{py_literal(k)}: {py_literal(v)}" for k, v in value.items())
        return "{" + items + "}"
    raise TypeError(f"no Python literal for {value!r}")
