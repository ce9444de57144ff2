"""TypeScript values as prettier prints them, for the web app's generated modules.

An object or array prints on one line when it fits in prettier's 80 columns, else
one member a line with a trailing comma (``trailingComma: "all"``). As in prettier,
an array of two or more objects that each have two or more properties always
breaks, one object a line.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

PRINT_WIDTH = 80
INDENT = "  "
IDENTIFIER = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")
# prettier keeps a value beside a key narrower than this, however long the line
# (its tab width plus 3).
SHORT_KEY = 5


def ts_str(value: str) -> str:
    """A string literal in the quotes prettier picks: double, unless the value holds
    more double quotes than single ones."""
    if value.count('"') > value.count("'"):
        inner = json.dumps(value, ensure_ascii=False)[1:-1].replace('\\"', '"').replace("'", "\\'")
        return f"'{inner}'"
    return json.dumps(value, ensure_ascii=False)


def ts_key(name: str) -> str:
    return name if IDENTIFIER.match(name) else ts_str(name)


def ts_scalar(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return ts_str(value)
    raise TypeError(f"no TypeScript literal for {value!r}")


class TsRaw(str):
    """TypeScript source kept as it is (``null`` where ts_object would drop None)."""


NULL = TsRaw("null")


@dataclass(frozen=True)
class TsObject:
    """``{ key: value }`` with its properties in order; values are scalars, lists,
    dicts, TsRaw or nested TsObjects."""

    entries: tuple[tuple[str, object], ...]


def ts_object(**entries: object) -> TsObject:
    """An object of the entries that are not None (optional members left out)."""
    return TsObject(tuple((k, v) for k, v in entries.items() if v is not None))


def ts_flat(value: object) -> str:
    """``value`` on one line."""
    if isinstance(value, dict):
        value = TsObject(tuple(value.items()))
    if isinstance(value, TsObject):
        if not value.entries:
            return "{}"
        return "{ " + ", ".join(f"{ts_key(k)}: {ts_flat(v)}" for k, v in value.entries) + " }"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(ts_flat(item) for item in value) + "]"
    if isinstance(value, TsRaw):
        return str(value)
    return ts_scalar(value)


def ts_lines(value: object, indent: int, prefix: str = "", suffix: str = "") -> list[str]:
    """``value`` printed at ``indent`` levels, after ``prefix`` and before ``suffix``."""
    pad = INDENT * indent
    if isinstance(value, dict):
        value = TsObject(tuple(value.items()))
    line = f"{pad}{prefix}{ts_flat(value)}{suffix}"
    if isinstance(value, TsObject) and value.entries:
        if len(line) <= PRINT_WIDTH:
            return [line]
        lines = [f"{pad}{prefix}{{"]
        for key, item in value.entries:
            lines += ts_lines(item, indent + 1, f"{ts_key(key)}: ", ",")
        return [*lines, f"{pad}}}{suffix}"]
    if isinstance(value, list | tuple) and value:
        if len(line) <= PRINT_WIDTH and not _always_breaks(value):
            return [line]
        lines = [f"{pad}{prefix}["]
        for item in value:
            lines += ts_lines(item, indent + 1, "", ",")
        return [*lines, f"{pad}]{suffix}"]
    key = prefix.removesuffix(": ")
    if isinstance(value, str) and len(line) > PRINT_WIDTH and key != prefix and len(key) >= SHORT_KEY:
        # A string prettier cannot break goes under its property's key.
        return [f"{pad}{key}:", f"{pad}{INDENT}{ts_flat(value)}{suffix}"]
    return [line]


def _always_breaks(items: list | tuple) -> bool:
    """prettier's rule: two or more objects, each with two or more properties."""

    def several(item: object) -> bool:
        entries = item.entries if isinstance(item, TsObject) else item if isinstance(item, dict) else ()
        return len(entries) > 1

    return len(items) > 1 and all(several(item) for item in items)


def ts_const(declaration: str, value: object) -> str:
    """``export const name: Type = value;`` as prettier prints it."""
    return "\n".join(ts_lines(value, 0, f"{declaration} = ", ";"))


def ts_assign(head: str, source: str) -> str:
    """``head = source;``, moved under ``head`` when too long, as prettier does with a
    value it cannot break (a string, a type reference)."""
    line = f"{head} = {source};"
    return line if len(line) <= PRINT_WIDTH else f"{head} =\n{INDENT}{source};"


def ts_import(names: list[str], module: str) -> str:
    """``import { a, b } from "module";``, one name a line when too long."""
    line = f"import {{ {', '.join(names)} }} from {ts_str(module)};"
    if len(line) <= PRINT_WIDTH:
        return line
    return "\n".join(["import {", *(f"{INDENT}{name}," for name in names), f"}} from {ts_str(module)};"])
