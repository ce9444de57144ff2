"""Kinds that hold structured values: json, and list of a scalar kind."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..pycode import Call, Imports, Kw, Raw, Seq, py_literal
from .base import BLANK, KINDS, NULL, Django, Empty, FieldKind, Lookups, Query, RuleSet, no_rules

if TYPE_CHECKING:
    from ..model import Entity, Field


def json_default(field: Field, imports: Imports) -> str:
    value = field.default_value
    if value in ([], {}):
        return "list" if value == [] else "dict"
    return py_literal(value)


def json_factory(entity: Entity, field: Field, imports: Imports) -> Call:
    return Call("factory.Dict", [Raw('{"key": "value"}')])


def list_sample(spec) -> list[str]:
    """Valid items of a list field, as Python source: two, or fewer if max_items says so."""
    samples = KINDS[spec.of].list_item.samples
    count = min(2, spec.max_items or 2)
    return list(samples[:count])


def array(entity: Entity, field: Field, imports: Imports) -> list:
    """The item field of the ArrayField, and its size."""
    spec = field.spec
    item = KINDS[spec.of]
    column: list = list(item.list_item.column)
    if item.django.max_length is not None:
        column.insert(0, Kw("max_length", str(spec.max_length or item.django.max_length)))
    imports.add("django.contrib.postgres.fields", "ArrayField")
    arguments: list = [Call(item.django.field_class, column)]
    if spec.max_items is not None:
        arguments.append(Kw("size", str(spec.max_items)))
    return arguments


def list_default(field: Field, imports: Imports) -> str:
    return "list"


def list_factory(entity: Entity, field: Field, imports: Imports) -> Call:
    return Call("factory.List", [Seq(list_sample(field.spec))])


def list_rules(field: Field, rules: RuleSet) -> None:
    spec = field.spec
    item = KINDS[spec.of]
    if spec.max_items is not None:
        short = item.list_item.short or list_sample(spec)[0]
        rules.add("max_items", f"[{short}] * {spec.max_items + 1}")
    if spec.max_length is not None and item.django.max_length is not None:
        rules.add("item_max_length", f'["x" * {spec.max_length + 1}]')
    rules.add("type", '"not a list"', model=False)


JSON = FieldKind(
    name="json",
    keys=frozenset(),
    coerce=None,
    django=Django("models.JSONField", default=json_default),
    empty=NULL,
    query=Query(None, orderable=False, admin_column=False),
    factory=json_factory,
    rules=no_rules,
    erasure=None,
    list_item=None,
    comparison=None,
)
LIST = FieldKind(
    name="list",
    keys=frozenset({"of", "max_length", "max_items"}),
    coerce=None,
    django=Django("ArrayField", shape=array, default=list_default),
    empty=Empty(arguments=(BLANK, Kw("default", "list")), defaulted=(BLANK,), value="[]"),
    query=Query(
        Lookups(("contains", "overlap"), ("contains",), bare="contains", array=True),
        orderable=False,
        admin_column=False,
    ),
    factory=list_factory,
    rules=list_rules,
    erasure=None,
    list_item=None,
    comparison=None,
    diagram=lambda field: f"list[{field.spec.of}]",
)
