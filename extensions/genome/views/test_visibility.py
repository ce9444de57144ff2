"""The view of an entity's tests of who reads its fields
(``generated/tests/test_visibility.py``, for a routed tenant entity with ``visible_to``).

Each field is tried with a role that may list and retrieve the entity but not read
the field (a role it is hidden from), and with one that reads it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..model import Entity, Field, Genome
from ..pycode import Call, Imports, Kw, Node, Seq, py_str, str_tuple
from .common import roles_allowed

# A third parameter: its name, and its value for a field and the role tried.
Extra = tuple[str, Callable[[Field, str], Node | str]]


@dataclass(frozen=True)
class VisibilityTests:
    """The parametrize decorators of each test, or "" when no field has its feature."""

    imports: str
    # Over ``(field, role)``: a role the field is hidden from; a role that reads it.
    hidden: str
    listed: str
    # Over ``(field, role, parameter)``: the field's first filter parameter.
    filtered: str
    # Over ``(field, role, readable)``: the other searched fields the role reads.
    searched: str
    # Over ``(field, role)``: the fields allowed in ``?ordering=``.
    ordered: str


def build(genome: Genome, entity: Entity) -> VisibilityTests:
    fields = tested_fields(entity)
    plural = entity.verbose_name_plural
    readers = roles_allowed(genome, entity, ("list", "retrieve"))
    imports = (
        Imports().add("pytest").add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
    )
    if any(f.search for f in fields):
        imports.add(f"apps.{entity.app_label}.models", entity.name)
    if any(f.lookups for f in fields):
        imports.add("rest_framework", "status")

    def hidden(chosen: list[Field], extra: Extra | None = None) -> str:
        roles = [[r for r in readers if r not in f.visible_to] for f in chosen]
        return parametrize(chosen, roles, f"Every role that may read {plural} reads {{}}.", extra)

    return VisibilityTests(
        imports=imports.render(),
        hidden=hidden(fields),
        listed=parametrize(
            fields,
            [[r for r in readers if r in f.visible_to] for f in fields],
            f"No role that may read {plural} reads {{}}.",
        ),
        filtered=hidden(
            [f for f in fields if f.lookups], ("parameter", lambda f, role: py_str(parameter(f)))
        ),
        searched=hidden(
            [f for f in fields if f.search], ("readable", lambda f, role: searchable(entity, f, role))
        ),
        ordered=hidden([f for f in fields if f.order]),
    )


def tested_fields(entity: Entity) -> list[Field]:
    """The fields with ``visible_to`` whose API the tests reach."""
    if not (entity.routed and entity.tenant):
        return []
    return [f for f in entity.fields if f.visible_to]


def parameter(field: Field) -> str:
    """The query parameter of the field's first lookup (the bare one for its family's own)."""
    lookup = field.lookups[0]
    return field.name if lookup in ("exact", "contains") else f"{field.name}__{lookup}"


def searchable(entity: Entity, field: Field, role: str) -> Node:
    """The searched fields other than ``field`` that ``role`` reads."""
    return str_tuple(
        f.name
        for f in entity.fields
        if f.search and f is not field and (not f.visible_to or role in f.visible_to)
    )


def parametrize(fields: list[Field], roles: list[list[str]], missing: str, extra: Extra | None = None) -> str:
    """``@pytest.mark.parametrize(("field", "role"[, extra]), [...])``: each field with
    the first of its roles, or skipped with ``missing`` (the field's name in it) when
    it has none."""
    if not fields:
        return ""
    names = ["field", "role", *([extra[0]] if extra else [])]
    values: list[Node] = []
    for field, candidates in zip(fields, roles, strict=True):
        role = candidates[0] if candidates else ""
        args = [py_str(field.name), py_str(role), *([extra[1](field, role)] if extra else [])]
        if candidates:
            values.append(Seq(args, ("(", ")")))
            continue
        skip = Call("pytest.mark.skip", [Kw("reason", py_str(missing.format(field.name)))])
        values.append(Call("pytest.param", [*args, Kw("marks", skip)]))
    header = Seq([py_str(n) for n in names], ("(", ")"))
    return "\n".join(Call("pytest.mark.parametrize", [header, Seq(values)]).lines(0, prefix="@"))
