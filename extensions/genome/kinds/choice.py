"""Kinds that take one of a fixed set of values: boolean, and choice with its choices."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import naming, values
from ..pycode import Call, Imports, Kw, py_str
from .base import (
    BLANK,
    PLAIN,
    TEXT_VALUES,
    Comparison,
    Django,
    Empty,
    FieldKind,
    ListItem,
    Query,
    RuleSet,
    Value,
    type_rule,
)

if TYPE_CHECKING:
    from ..model import Entity, Field


def choice_values(spec) -> list[str]:
    return [c if isinstance(c, str) else c.value for c in spec.choices or []]


def choice_labels(spec) -> list[tuple[str, str]]:
    """(value, label) of each choice: the genome's label, else the value as a title."""
    pairs = []
    for choice in spec.choices or []:
        value = choice if isinstance(choice, str) else choice.value
        label = (None if isinstance(choice, str) else choice.label) or naming.title(value) or value
        pairs.append((value, label))
    return pairs


def choices(entity: Entity, field: Field, imports: Imports) -> list:
    longest = max(len(v) for v in choice_values(field.spec))
    return [Kw("max_length", str(longest)), Kw("choices", f"{field.choices_class}.choices")]


def choice_default(field: Field, imports: Imports) -> str:
    return f"{field.choices_class}.{naming.upper_snake(field.default_value)}"


def choice_factory(entity: Entity, field: Field, imports: Imports) -> Call | str:
    """Any choice; with transitions, the starting state (the default, else the first
    choice), so that a test's update from a row to a payload changes nothing."""
    if field.transitions:
        start = field.default_value if field.has_default else choice_values(field.spec)[0]
        return f"{entity.name}.{field.choices_class}.{naming.upper_snake(start)}"
    imports.add("factory.fuzzy")
    return Call("factory.fuzzy.FuzzyChoice", [f"{entity.name}.{field.choices_class}.values"])


def choice_rules(field: Field, rules: RuleSet) -> None:
    options = set(choice_values(field.spec))
    bad = "not-a-choice"
    while bad in options:
        bad += "!"
    rules.add("choices", py_str(bad))


def pybool(entity: Entity, field: Field, imports: Imports) -> Call:
    return Call("factory.Faker", [py_str("pybool")])


BOOLEAN = FieldKind(
    name="boolean",
    keys=frozenset(),
    coerce=values.boolean,
    django=Django("models.BooleanField"),
    # An optional boolean is false unless set: there is no third value.
    empty=Empty(
        arguments=(Kw("default", "False"),), defaulted=(), value=None, why_none="a boolean has no empty value"
    ),
    query=Query(PLAIN, admin_filter=True),
    factory=pybool,
    rules=type_rule('"maybe"'),
    erasure=None,
    list_item=ListItem(("True", "False")),
    comparison=Comparison("boolean", ordered=False),
)
CHOICE = FieldKind(
    name="choice",
    keys=frozenset({"choices", "transitions"}),
    coerce=values.text,
    django=Django("models.CharField", shape=choices, default=choice_default),
    # An optional choice with a default takes the default when omitted: "" is not one of its choices.
    empty=Empty(arguments=(BLANK, Kw("default", '""')), defaulted=(), value='""'),
    query=Query(PLAIN, searchable=True, admin_filter=True),
    factory=choice_factory,
    rules=choice_rules,
    erasure=None,
    list_item=None,
    comparison=TEXT_VALUES,
    value=Value(shown_as_is=True),
)
