"""Facts about an entity that more than one generated module needs.

Not a view: the views of the models, the factories and the tests read these, so
that each fact is decided once.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass
from decimal import Decimal

from .. import naming
from ..kinds import empty_value, kind_of
from ..model import Entity, EntityRule, Field, Genome, Relation
from ..pycode import Attr, Call, Imports, Kw, Lambda, Node, Seq, fit, py_literal, py_str

TRIPLE = '"""'


def str_expression(entity: Entity, row: str = "self") -> str:
    """What ``__str__`` returns for ``row``: the display field, as a string."""
    if entity.display == "id":
        return f"str({row}.pk)"
    if any(f.name == entity.display and kind_of(f).value.is_str for f in entity.fields):
        return f"{row}.{entity.display}"
    return f"str({row}.{entity.display})"


def constant(value: object, imports: Imports) -> str:
    """A rule's constant as Python source, its module imported."""
    if isinstance(value, dt.date | dt.time | dt.timedelta):
        imports.add("datetime")
    if isinstance(value, Decimal):
        imports.add("decimal", "Decimal")
    return py_literal(value)


@dataclass(frozen=True)
class RuleCase:
    """A value of ``field`` (``value`` reads the saved ``row``) at the boundary of a
    rule, and whether the rule lets it pass."""

    field: str
    value: str
    passes: bool
    test_id: str
    # The rule's message, as a string literal.
    message: str


# For each operator: whether a value below, equal to and above the other side passes.
PASSES = {
    "<": (True, False, False),
    "<=": (True, True, False),
    "==": (False, True, False),
    "!=": (True, False, True),
    ">=": (False, True, True),
    ">": (False, False, True),
}


def rule_cases(entity: Entity, imports: Imports) -> list[RuleCase]:
    """Values on both sides of each rule's boundary, and the empty value of each
    optional side, which passes. Where the field is in other rules too, only the
    values that break this one: a value that passes it may break another."""
    cases = []
    for rule in entity.rules:
        left = rule.left.name
        other = f"row.{rule.right.name}" if rule.right else constant(rule.value, imports)
        shared = sum(rule.left in r.fields for r in entity.rules) > 1
        base = rule.constraint.removeprefix(f"{entity.app_label}_").removesuffix("_check")
        message = py_str(rule.message)
        for name, value, passes in boundary(entity, rule, other, imports):
            if value is not None and not (passes and shared):
                cases.append(RuleCase(left, f"lambda row: {value}", passes, f"{base}-{name}", message))
        for field in rule.fields:
            empty = empty_value(field)
            if empty is not None:
                case = RuleCase(
                    field.name, f"lambda row: {empty}", True, f"{base}-{field.name}-empty", message
                )
                cases.append(case)
    return cases


def boundary(
    entity: Entity, rule: EntityRule, other: str, imports: Imports
) -> list[tuple[str, str | None, bool]]:
    """(case, value source, passes): below, equal to and above ``other`` for an ordered
    field; equal to it and different from it for another."""
    below, equal, above = PASSES[rule.op]
    if kind_of(rule.left).comparison.ordered:
        imports.add("apps.core.testing", "above", "below")
        return [
            ("below", f"below({other})", below),
            ("equal", other, equal),
            ("above", f"above({other})", above),
        ]
    field = rule.left
    if field.choices_class:
        imports.add("apps.core.testing", "different")
        imports.add(f"apps.{entity.app_label}.models", entity.name)
        different: str | None = f"different({other}, {entity.name}.{field.choices_class}.values)"
    elif kind_of(field).comparison.family == "boolean":
        different = f"not {other}"
    elif rule.right is not None or rule.op == "!=":
        # The factory's own value of the field: distinct from any other row's.
        imports.add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
        different = f"{entity.name}Factory.build().{field.name}"
    else:
        different = None
    return [("equal", other, equal), ("different", different, below)]


def api_summary(entity: Entity) -> str:
    """What the entity's API offers, in a phrase: its viewset's docs and OpenAPI tag."""
    plural = entity.verbose_name_plural
    if entity.tenant:
        actions = "list, retrieve, create, update and delete" if entity.writable else "list and retrieve"
        return f"{actions} {plural} of the request's workspace"
    access = "members read, staff write" if entity.writable else "read only"
    return f"{plural} shared by every workspace; {access}"


def ordering_index(entity: Entity) -> list[str]:
    """The columns, after the workspace, that read a list in its default order.

    The list orders by the entity's ordering, then by id (core/filters.py). An
    ordering by a relation sorts by the related table, which no index here serves.
    """
    if not entity.tenant:
        return []
    relations = {r.name for r in entity.relations}
    if any(term.lstrip("-") in relations for term in entity.ordering):
        return []
    if any(term.lstrip("-") == "id" for term in entity.ordering):
        return list(entity.ordering)
    return [*entity.ordering, "id"]


def ordering_index_name(entity: Entity) -> str:
    # Field indexes end in _idx: this name cannot clash with theirs.
    return naming.short_name(entity.app_label, "default", limit=30, suffix="order")


def has_factory_traits(entity: Entity) -> bool:
    """The factory has a ``full`` trait: optional relations to other entities."""
    return any(not r.many and not r.required and r.target is not entity for r in entity.relations)


def foreign_relations(entity: Entity) -> list[Relation]:
    """Relations whose rows belong to a workspace, which the client writes: another
    workspace's must be refused."""
    return [
        r
        for r in entity.relations
        if not r.current_user and (r.target is None or (r.target.tenant and entity.tenant))
    ]


def foreign_value(rel: Relation) -> Node:
    """A related row of ``other_workspace``, by id (a list of one for many-to-many)."""
    if rel.target is None:
        # A member of the other workspace: a user in none would not tell.
        value = Attr(Call("member_of", ["other_workspace"]), "pk")
    else:
        value = Attr(Call(f"{rel.target.name}Factory.create", [Kw("workspace", "other_workspace")]), "pk")
    return Seq([value]) if rel.many else value


def foreign_param(rel: Relation) -> str:
    pair = Seq([py_str(rel.name), Lambda("other_workspace", foreign_value(rel))], ("(", ")"))
    return "\n".join(pair.lines(2, suffix=","))


def payload_relation(rel: Relation) -> Kw:
    """The keyword that gives a payload's relation a row of the request's workspace."""
    if rel.target is None:
        value: Call = Call("member_of", ["workspace"])
    elif rel.target.tenant:
        value = Call(f"{rel.target.name}Factory.create", [Kw("workspace", "workspace")])
    else:
        value = Call(f"{rel.target.name}Factory.create")
    return Kw(rel.name, Seq([value]) if rel.many else value)


@dataclass(frozen=True)
class ActorFixture:
    """A fixture of a client for one kind of request: ``name(needs)`` returns
    ``client``, or skips the test with the ``skip`` literal when no role may."""

    name: str
    needs: str = ""
    client: str = ""
    skip: str = ""


def roles_allowed(genome: Genome, entity: Entity, actions: tuple[str, ...]) -> list[str]:
    """The roles allowed every one of ``actions`` on every row, in the genome's order:
    the first is the one the generated tests act as."""
    return [r.value for r in genome.roles if all(r.value in entity.permissions[a] for a in actions)]


def actor_fixtures(genome: Genome, entity: Entity) -> dict[str, ActorFixture]:
    """Fixtures of clients for each kind of request, signed in with a role the
    genome allows: ``reader`` and, for a writable entity, ``creator``,
    ``updater`` and ``deleter``."""
    kinds = {"reader": ("list", "retrieve")}
    if entity.writable:
        kinds |= {"creator": ("create",), "updater": ("update",), "deleter": ("delete",)}
    fixtures = {}
    for name, actions in kinds.items():
        if not entity.tenant:
            client = "member_client" if name == "reader" else "staff_client"
            fixtures[name] = ActorFixture(name, needs=client, client=client)
            continue
        allowed = roles_allowed(genome, entity, actions)
        if allowed:
            client = f"client_for_role({py_str(allowed[0])})"
            fixtures[name] = ActorFixture(name, needs="client_for_role", client=client)
        else:
            what = " and ".join(actions)
            reason = f"No role may {what} {entity.verbose_name_plural} (genome permissions)."
            fixtures[name] = ActorFixture(name, skip=py_str(reason))
    return fixtures


def patch_probe(entity: Entity) -> Field | None:
    """A field another request can change while a PATCH of nothing is saved."""
    ruled = entity.ruled_fields  # another value could break a rule with the row's
    return next((f for f in entity.fields if kind_of(f).value.varies and f.name not in ruled), None)


def parametrize(names: list[str]) -> str:
    """The ``@pytest.mark.parametrize("field", [...])`` line, or "" for no names."""
    if not names:
        return ""
    return "\n".join(
        Call("pytest.mark.parametrize", [py_str("field"), Seq([py_str(n) for n in names])]).lines(
            0, prefix="@"
        )
    )


def printed(node: Node, indent: int = 1) -> str:
    """``node`` as a statement at ``indent`` levels, less its first line's indent,
    which the template writes (an assignment is the ``assign`` macro's)."""
    return "\n".join(node.lines(indent)).removeprefix("    " * indent)


def docstring(text: str, indent: int) -> str:
    """A docstring at ``indent`` levels, wrapped to the line length."""
    pad = "    " * indent
    text = " ".join(text.replace(TRIPLE, "'''").split())
    lines = textwrap.wrap(text, width=88 - len(pad) - 3, break_long_words=False)
    if len(lines) == 1:
        # ruff keeps a one-line docstring on one line, even past the line length.
        return TRIPLE + lines[0] + TRIPLE
    body = f"\n{pad}".join(lines)
    return f"{TRIPLE}{body}\n{pad}{TRIPLE}"


def method_chain(head: str, calls: list[Call]) -> str:
    """``queryset = Model.objects.a(...).b(...)`` as ruff formats it."""
    prefix = f"queryset = {head}."
    flat = prefix + ".".join(c.flat() for c in calls)
    if len(flat) + 4 <= 88 or not calls[0].args:
        return fit(f"    {flat}")
    rest = "".join("." + c.flat() for c in calls[1:])
    lines = calls[0].lines(1, prefix=prefix, suffix=rest)
    inner = calls[0].lines(2, prefix=f"{head}.", suffix=rest)
    if len(lines[0]) > 88 and len(inner[0]) <= 88:
        # ruff puts the value in parentheses when that makes its first line fit.
        lines = ["    queryset = (", *inner, "    )"]
    return "\n".join(lines)


def prose_and(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    return " and ".join([", ".join(items[:-1]), items[-1]] if len(items) > 1 else items)


@dataclass(frozen=True)
class Attribute:
    """``name = value`` in a generated class; ``comment`` ends its first line."""

    name: str
    value: Node | str
    comment: str = ""
