"""Located genome errors and their translation from pydantic's."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ValidationError

try:
    from copier.errors import UserMessageError
except ImportError:  # the extension is also imported by tools that run without copier
    UserMessageError = ValueError  # type: ignore[assignment,misc]

MAX_SHOWN = 30


def location(loc: Sequence[str | int]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "genome"


class GenomeError(UserMessageError):
    """A genome that breaks the contract; lists every problem with its place."""

    def __init__(self, problems: Iterable[tuple[str, str]]):
        self.problems = sorted(set(problems), key=_problem_order)
        shown = self.problems[:MAX_SHOWN]
        lines = [f"  {where}: {what}" for where, what in shown]
        if len(self.problems) > MAX_SHOWN:
            lines.append(f"  ... and {len(self.problems) - MAX_SHOWN} more")
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        header = f"The genome has {count} {noun}; nothing was generated."
        footer = "See docs/genome.md for every key, or validate the file in your editor with docs/genome.schema.json."
        super().__init__("\n".join([header, *lines, footer]))


class Problems:
    """The problems found in a genome so far, each at its place (``entities[0].name``)."""

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []

    def add(self, where: str, message: str) -> None:
        self.found.append((where, message))


def _problem_order(problem: tuple[str, str]) -> tuple:
    import re

    where = problem[0]
    parts = re.split(r"(\d+)", where)
    return tuple(int(p) if p.isdigit() else p for p in parts), problem[1]


def suggest(word: str, options: Iterable[str]) -> str:
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _model_at(root: type[BaseModel], loc: Sequence[str | int]) -> type[BaseModel] | None:
    """The pydantic model that owns the last key of ``loc``."""
    import typing

    model: type[BaseModel] | None = root
    for part in loc[:-1]:
        if isinstance(part, int) or model is None:
            continue
        info = model.model_fields.get(part)
        if info is None:
            info = next((f for f in model.model_fields.values() if f.alias == part), None)
        if info is None:
            return None
        model = _inner_model(info.annotation, typing)
    return model


def _inner_model(annotation, typing) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg, typing)
        if found is not None:
            return found
    return None


def _keys_of(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def from_validation_error(error: ValidationError, root: type[BaseModel]) -> list[tuple[str, str]]:
    """Turn pydantic's errors into (place, message) pairs a genome author can act on."""
    problems: dict[str, str] = {}
    for item in error.errors():
        loc = [p for p in item["loc"] if not _is_union_tag(p)]
        # A mapping's key of the wrong type: pydantic places it at (mapping, key, "[key]").
        bad_key = loc[-1:] == ["[key]"]
        where = location(loc[:-2] if bad_key else loc)
        kind = item["type"]
        value = item.get("input")
        if kind == "extra_forbidden":
            model = _model_at(root, loc)
            allowed = _keys_of(model) if model else []
            key = str(loc[-1])
            message = f"unknown key '{key}'{suggest(key, allowed)}"
            if allowed:
                message += f"; allowed keys here: {', '.join(allowed)}"
        elif kind == "missing":
            message = "is required"
        elif kind == "literal_error":
            expected = item.get("ctx", {}).get("expected", "")
            message = f"{value!r} is not allowed; expected one of {expected}"
        elif kind in {"string_type", "str_type"}:
            message = f"must be text, got {_describe(value)}"
        elif kind in {"bool_type", "bool_parsing"}:
            message = f"must be true or false, got {_describe(value)}"
        elif kind in {"int_type", "int_parsing", "int_from_float"}:
            message = f"must be a whole number, got {_describe(value)}"
        elif kind in {"list_type", "tuple_type"}:
            message = f"must be a list, got {_describe(value)}"
        elif kind in {"model_type", "dict_type", "model_attributes_type"}:
            message = f"must be a mapping of keys to values, got {_describe(value)}"
        elif kind == "too_short":
            message = "must not be empty"
        elif kind in {"decimal_type", "decimal_parsing", "float_type"}:
            message = f"must be a number, got {_describe(value)}"
        else:
            message = item["msg"]
        if bad_key:
            message = f"every key {message}"
        # A value that failed every branch of a union gets one message, not one each.
        problems.setdefault(where, message)
    return list(problems.items())


def _is_union_tag(part: str | int) -> bool:
    return isinstance(part, str) and (
        part.startswith(("function-", "union[", "list[", "literal["))
        or part in {"str", "int", "bool", "decimal", "Choice", "constrained-str", "float"}
        or part.startswith(("is-instance[", "lax-or-strict", "json-or-python"))
    )


def _describe(value: object) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return f"{value!r} ({type(value).__name__})"
