"""An entity's rules: ``<field> <op> <field or constant>``, each a CheckConstraint."""

from __future__ import annotations

import datetime as dt
import re

from .. import naming, values
from ..errors import Problems, suggest
from ..kinds import KINDS, choice_values, kind_of
from ..model import Entity, EntityRule, Field

OPERATORS = {"<": "lt", "<=": "lte", "==": "eq", "!=": "ne", ">=": "gte", ">": "gt"}
MIRRORED = {"<": ">", "<=": ">=", "==": "==", "!=": "!=", ">=": "<=", ">": "<"}
CHECK_RE = re.compile(r"^\s*(?P<left>[^\s<>=!]+)\s*(?P<op><=|>=|==|!=|<|>)\s*(?P<right>[^\s<>=!].*?)\s*$")
FORM = (
    "write '<field> <op> <field or constant>' with op one of <, <=, ==, !=, >=, >, "
    "such as 'starts_on <= due_on' or 'quantity > 0'"
)
NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?\Z")
COMPARABLE = ", ".join(name for name, kind in KINDS.items() if kind.comparison is not None)


def build_rules(problems: Problems, entity: Entity) -> None:
    """Each rule of the entity read, checked against its fields and named."""
    seen: dict[tuple, str] = {}
    names: set[str] = set()
    for k, spec in enumerate(entity.spec.rules):
        where = f"{entity.where}.rules[{k}]"
        if not spec.message.strip():
            problems.add(
                f"{where}.message",
                "must not be empty: it is the error the API and the admin show, "
                "such as 'The start must be on or before the due date.'",
            )
        rule = read_check(problems, f"{where}.check", spec.check, entity)
        if rule is None:
            continue
        left, op, right, value = rule
        key = (left.name, op, right.name if right else repr(value))
        if key in seen:
            problems.add(f"{where}.check", f"repeats the rule at {seen[key]}; remove one of them")
            continue
        seen[key] = where
        constraint = constraint_name(entity, left, op, right, value, k, names)
        names.add(constraint)
        check = " ".join(CHECK_RE.match(spec.check).group("left", "op", "right"))
        entity.rules.append(EntityRule(check, left, op, right, value, spec.message.strip(), constraint))


def read_check(
    problems: Problems, where: str, check: str, entity: Entity
) -> tuple[Field, str, Field | None, object] | None:
    """The rule's left field, operator, and right field or constant; None after a problem."""
    match = CHECK_RE.match(check)
    if match is None:
        problems.add(where, f"cannot read {check!r}; {FORM}")
        return None
    left_text, op, right_text = match["left"], match["op"], match["right"]
    if not is_name(left_text):
        mirrored = f"{right_text} {MIRRORED[op]} {left_text}"
        problems.add(where, f"the left side must be a field; write {mirrored!r}")
        return None
    fields = {f.name: f for f in entity.fields}
    removed = {f.name for f in entity.spec.fields if f.removed}
    for name in [left_text, right_text] if is_name(right_text) else [left_text]:
        if name in removed:
            problems.add(where, f"names {name!r}, a removed field; remove the rule, or compare other fields")
            return None
        if name not in fields:
            # A field whose name or type is wrong has its problem reported already.
            if name not in {f.name for f in entity.spec.fields}:
                problems.add(where, unknown_field(entity, name, fields))
            return None
    left = fields[left_text]
    if not comparable(problems, where, left, op):
        return None
    if not is_name(right_text):
        value = read_constant(problems, where, left, right_text)
        return None if value is None else (left, op, None, value)
    right = fields[right_text]
    if right is left:
        problems.add(
            where, f"compares {left.name} with itself; compare two fields, or a field and a constant"
        )
    elif comparable(problems, where, right, op):
        if kind_of(left).comparison.family == kind_of(right).comparison.family:
            return left, op, right, None
        problems.add(
            where,
            f"compares {left.name} ({naming.article(left.type)}) with {right.name} "
            f"({naming.article(right.type)}); compare fields of one kind, such as two dates or two numbers",
        )
    return None


def is_name(text: str) -> bool:
    """A field's name, not a constant such as 0, 2026-01-31, true or 'draft'."""
    return naming.SNAKE_RE.match(text) is not None and text not in {"true", "false"}


def unknown_field(entity: Entity, name: str, fields: dict[str, Field]) -> str:
    if name in {r.name for r in entity.relations}:
        return f"{name!r} is a relation; rules compare fields of {entity.name}"
    return f"{name!r} is not a field of {entity.name}{suggest(name, fields)}; {FORM}"


def comparable(problems: Problems, where: str, field: Field, op: str) -> bool:
    comparison = kind_of(field).comparison
    if comparison is None:
        problems.add(
            where,
            f"{field.name} is {naming.article(field.type)} field, which rules cannot compare; "
            f"they compare fields of these types: {COMPARABLE}",
        )
        return False
    if not comparison.ordered and op not in {"==", "!="}:
        problems.add(
            where,
            f"{field.name} is {naming.article(field.type)} field, which has no order; compare it with == or !=",
        )
        return False
    return True


def read_constant(problems: Problems, where: str, field: Field, text: str) -> object | None:
    """The constant as ``field`` holds it, read by its kind; None after a problem."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        raw: object = text[1:-1]
    elif text in {"true", "false"}:
        raw = text == "true"
    elif NUMBER_RE.match(text):
        raw = float(text) if "." in text else int(text)
    else:
        raw = text
    try:
        value = KINDS[field.type].coerce(raw)
    except values.BadValue as error:
        problems.add(where, f"the constant does not fit {field.name}: {error}")
        return None
    if field.type == "choice" and value not in choice_values(field.spec):
        options = choice_values(field.spec)
        problems.add(
            where,
            f"{value!r} is not one of the choices of {field.name}{suggest(value, options)}: {', '.join(options)}",
        )
        return None
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        problems.add(
            where, f"{text} has no time zone; write it with one, such as '{value.isoformat()}+00:00'"
        )
        return None
    return value


def constraint_name(
    entity: Entity, left: Field, op: str, right: Field | None, value: object, index: int, taken: set[str]
) -> str:
    """``<app>_<left>_<op>_<right>_check``, cut with a hash past 63 characters; the rule's
    index joins it when two rules would otherwise share a name."""
    shown = re.sub(r"^-", "minus_", str(value).lower())
    other = right.name if right else re.sub(r"[^a-z0-9]+", "_", shown).strip("_") or "blank"
    parts = [entity.app_label, left.name, OPERATORS[op], other]
    name = naming.short_name(*parts, limit=63, suffix="check")
    if name in taken:
        name = naming.short_name(*parts, str(index), limit=63, suffix="check")
    return name
