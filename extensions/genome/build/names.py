"""The names of fields and relations: their shape, and what they must not shadow."""

from __future__ import annotations

from .. import naming
from ..errors import Problems

MAX_COLUMN = naming.MAX_COLUMN


def check_member_name(problems: Problems, where: str, name: str) -> bool:
    if not naming.SNAKE_RE.match(name):
        problems.add(where, f"{name!r} is not lower_snake_case such as 'due_date'")
        return False
    if name in naming.PYTHON_KEYWORDS:
        problems.add(where, f"{name!r} is a Python keyword; choose another name such as '{name}_value'")
        return False
    if name in naming.BASE_MODEL_NAMES:
        problems.add(
            where,
            f"{name!r} is already on every generated model (id, created_at, updated_at, workspace); choose another name",
        )
        return False
    if name in naming.MODEL_ATTRIBUTE_NAMES:
        problems.add(where, f"{name!r} would shadow a Django model attribute; choose another name")
        return False
    if len(name) > MAX_COLUMN:
        problems.add(
            where,
            f"{name!r} is longer than {MAX_COLUMN} characters, past what PostgreSQL keeps of a column name; shorten it",
        )
        return False
    return True


def check_old_name(problems: Problems, where: str, old: str | None, shape) -> None:
    if old is not None and not shape.match(old):
        problems.add(where, f"{old!r} cannot be a previous name here; give the exact old name")


def control_parameter_clash(name: str) -> str:
    purpose = naming.CONTROL_PARAMETERS[name]
    return f"its filter would be the query parameter ?{name}=, which every list reads as {purpose}"
