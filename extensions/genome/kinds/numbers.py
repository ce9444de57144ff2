"""Number kinds: integer, big_integer, decimal, float. Bounded by min and max."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .. import values
from ..pycode import Call, Imports, Kw
from .base import NULL, ORDERED, Comparison, Django, FieldKind, ListItem, Query, RuleSet, Value

if TYPE_CHECKING:
    from ..model import Entity, Field

INT_RANGE = {"integer": (-(2**31), 2**31 - 1), "big_integer": (-(2**63), 2**63 - 1)}


def decimal_shape(spec) -> tuple[int, int]:
    return spec.max_digits or 12, spec.decimal_places if spec.decimal_places is not None else 2


def number_source(kind: str, bound: int | Decimal, imports: Imports) -> str:
    if kind == "decimal":
        imports.add("decimal", "Decimal")
        return f'Decimal("{bound}")'
    if kind == "float":
        return repr(float(bound))
    return str(int(bound))


def bounds(field: Field, imports: Imports) -> list[Call]:
    validators: list[Call] = []
    for key, validator in (("min", "MinValueValidator"), ("max", "MaxValueValidator")):
        bound = getattr(field.spec, key)
        if bound is not None:
            imports.add("django.core.validators", validator)
            validators.append(Call(validator, [number_source(field.type, bound, imports)]))
    return validators


def digits(entity: Entity, field: Field, imports: Imports) -> list:
    max_digits, places = decimal_shape(field.spec)
    return [Kw("max_digits", str(max_digits)), Kw("decimal_places", str(places))]


def decimal_default(field: Field, imports: Imports) -> str:
    imports.add("decimal", "Decimal")
    _, places = decimal_shape(field.spec)
    return f'Decimal("{Decimal(str(field.default_value)).quantize(Decimal(1).scaleb(-places))}")'


def float_default(field: Field, imports: Imports) -> str:
    return repr(float(field.default_value))


def narrowed(
    entity: Entity, field: Field, low: Decimal, high: Decimal, unit: Decimal
) -> tuple[Decimal, Decimal]:
    """The factory's range ``low``..``high`` narrowed by the entity's rules that compare
    the field with a constant (``quantity > 0``); ``unit`` is the smallest step."""
    for rule in entity.rules:
        if rule.left is not field or rule.right is not None:
            continue
        value, op = Decimal(str(rule.value)), rule.op
        if op in {"==", ">=", ">"}:
            low = max(low, value + unit if op == ">" else value)
            high = low if op == "==" or low > high else high
        if op in {"==", "<=", "<"}:
            high = min(high, value - unit if op == "<" else value)
            low = high if op == "==" or high < low else low
        if op == "!=" and low <= value <= high:
            low, high = (value + unit, high) if value + unit <= high else (low, value - unit)
    return low, high


def whole_factory(entity: Entity, field: Field, imports: Imports) -> Call:
    spec = field.spec
    low = int(spec.min) if spec.min is not None else 0
    high = int(spec.max) if spec.max is not None else max(low, 0) + 1000
    low, high = (int(bound) for bound in narrowed(entity, field, Decimal(low), Decimal(high), Decimal(1)))
    if field.unique:
        if spec.max is not None:
            return Call("factory.Sequence", [f"lambda n: {low} + n % {high - low + 1}"])
        return Call("factory.Sequence", [f"lambda n: {low} + n"])
    imports.add("factory.fuzzy")
    return Call("factory.fuzzy.FuzzyInteger", [str(low), str(high)])


def decimal_factory(entity: Entity, field: Field, imports: Imports) -> Call:
    spec = field.spec
    max_digits, places = decimal_shape(spec)
    limit = Decimal(10) ** (max_digits - places) - 1
    low = Decimal(str(spec.min)) if spec.min is not None else Decimal(0)
    high = Decimal(str(spec.max)) if spec.max is not None else min(limit, low + 1000)
    low, high = narrowed(entity, field, low, high, Decimal(1).scaleb(-places))
    imports.add("factory.fuzzy")
    return Call("factory.fuzzy.FuzzyDecimal", [_plain(low), _plain(high), Kw("precision", str(places))])


def float_factory(entity: Entity, field: Field, imports: Imports) -> Call:
    spec = field.spec
    low = float(spec.min) if spec.min is not None else 0.0
    high = float(spec.max) if spec.max is not None else low + 1000.0
    narrow = narrowed(entity, field, Decimal(str(low)), Decimal(str(high)), Decimal("0.001"))
    imports.add("factory.fuzzy")
    return Call("factory.fuzzy.FuzzyFloat", [repr(float(narrow[0])), repr(float(narrow[1]))])


def bound_rules(field: Field, rules: RuleSet) -> None:
    spec = field.spec
    needs = (("decimal", "Decimal"),) if field.type == "decimal" else ()
    if spec.min is not None:
        rules.add("min", _number(field.type, Decimal(str(spec.min)) - 1), imports=needs)
    if spec.max is not None:
        rules.add("max", _number(field.type, Decimal(str(spec.max)) + 1), imports=needs)
    rules.add("type", '"not a number"', model=False)
    if field.type == "decimal":
        max_digits, places = decimal_shape(spec)
        whole = max_digits - places + 1
        if whole <= 30:
            rules.add("max_digits", f'Decimal("{"9" * whole}")', imports=needs)
        else:
            rules.add("max_digits", '"1e40"')


def _plain(value: Decimal) -> str:
    """A Decimal as a short int or float literal (factory_boy's fuzzers take floats)."""
    return str(int(value)) if value == value.to_integral_value() else str(float(value))


def _number(kind: str, value: Decimal) -> str:
    if kind == "decimal":
        return f'Decimal("{value}")'
    if kind == "float":
        return repr(float(value))
    return str(int(value))


BOUNDS = frozenset({"min", "max"})
NUMBERS = Comparison("number")

INTEGER = FieldKind(
    name="integer",
    keys=BOUNDS,
    coerce=values.whole_number("integer", *INT_RANGE["integer"]),
    django=Django("models.IntegerField", validators=bounds),
    empty=NULL,
    query=Query(ORDERED),
    factory=whole_factory,
    rules=bound_rules,
    erasure=None,
    list_item=ListItem(("1", "2")),
    comparison=NUMBERS,
    value=Value(varies=True),
)
BIG_INTEGER = FieldKind(
    name="big_integer",
    keys=BOUNDS,
    coerce=values.whole_number("big_integer", *INT_RANGE["big_integer"]),
    django=Django("models.BigIntegerField", validators=bounds),
    empty=NULL,
    query=Query(ORDERED),
    factory=whole_factory,
    rules=bound_rules,
    erasure=None,
    list_item=ListItem(("1", "2")),
    comparison=NUMBERS,
    value=Value(varies=True),
)
DECIMAL = FieldKind(
    name="decimal",
    keys=frozenset({"max_digits", "decimal_places", *BOUNDS}),
    coerce=values.as_decimal,
    django=Django("models.DecimalField", shape=digits, validators=bounds, default=decimal_default),
    empty=NULL,
    query=Query(ORDERED),
    factory=decimal_factory,
    rules=bound_rules,
    erasure=None,
    list_item=ListItem(('"1.50"', '"2.50"'), column=(Kw("max_digits", "12"), Kw("decimal_places", "2"))),
    comparison=NUMBERS,
)
FLOAT = FieldKind(
    name="float",
    keys=BOUNDS,
    coerce=values.real_number,
    django=Django("models.FloatField", validators=bounds, default=float_default),
    empty=NULL,
    query=Query(ORDERED),
    factory=float_factory,
    rules=bound_rules,
    erasure=None,
    list_item=ListItem(("1.5", "2.5")),
    comparison=NUMBERS,
)
