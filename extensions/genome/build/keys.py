"""The type-specific keys of a field: sizes, bounds, digits, choices, items, pattern, default."""

from __future__ import annotations

import re
from decimal import Decimal

from .. import naming, values
from ..errors import Problems, suggest
from ..kinds import KINDS, choice_values, decimal_shape
from ..kinds.numbers import INT_RANGE
from ..model import Field
from ..spec import LIST_ITEM_TYPES, FieldSpec

# List items whose column has a length.
SIZED_ITEMS = [name for name in LIST_ITEM_TYPES if KINDS[name].django.max_length is not None]

SIZES = ("max_length", "min_length", "max_items", "max_size", "max_digits")


def check_type_keys(problems: Problems, where: str, spec: FieldSpec) -> bool:
    """Check the keys against each other; True when the default can be checked against them."""
    kind = spec.type
    bad = check_sizes(problems, where, spec)
    if kind in INT_RANGE:
        bad = check_whole_bounds(problems, where, spec) or bad
    if kind == "decimal":
        bad = check_digits(problems, where, spec) or bad
    if kind == "choice":
        bad = check_choices(problems, where, spec, bad)
    if kind == "list":
        bad = check_items(problems, where, spec) or bad
    if spec.pattern is not None:
        try:
            re.compile(spec.pattern)
        except re.error as error:
            problems.add(f"{where}.pattern", f"is not a valid regular expression: {error}")
            bad = True
    return not bad


def check_sizes(problems: Problems, where: str, spec: FieldSpec) -> bool:
    bad = False
    for key in SIZES:
        value = getattr(spec, key)
        if value is not None and value < (0 if key == "min_length" else 1):
            problems.add(
                f"{where}.{key}",
                f"must be {'zero or more' if key == 'min_length' else 'at least 1'}, got {value}",
            )
            bad = True
    if spec.decimal_places is not None and spec.decimal_places < 0:
        problems.add(f"{where}.decimal_places", f"must be zero or more, got {spec.decimal_places}")
        bad = True
    if spec.min_length is not None and spec.max_length is not None and spec.min_length > spec.max_length:
        problems.add(f"{where}.min_length", f"{spec.min_length} is above max_length {spec.max_length}")
        bad = True
    if spec.min is not None and spec.max is not None and spec.min > spec.max:
        problems.add(f"{where}.min", f"{spec.min} is above max {spec.max}")
        bad = True
    return bad


def check_whole_bounds(problems: Problems, where: str, spec: FieldSpec) -> bool:
    kind = spec.type
    low, high = INT_RANGE[kind]
    bad = False
    for key in ("min", "max"):
        value = getattr(spec, key)
        if value is not None and (not isinstance(value, int) or not low <= value <= high):
            problems.add(
                f"{where}.{key}",
                f"must be a whole number that fits {naming.article(kind)}, got {value}",
            )
            bad = True
    return bad


def check_digits(problems: Problems, where: str, spec: FieldSpec) -> bool:
    digits, places = decimal_shape(spec)
    if places > digits:
        problems.add(
            f"{where}.decimal_places",
            f"{places} is above max_digits {digits}; a decimal cannot have more places than digits",
        )
        return True
    bad = False
    for key in ("min", "max"):
        value = getattr(spec, key)
        if value is not None and not values.fits_digits(Decimal(str(value)), digits, places):
            problems.add(
                f"{where}.{key}",
                f"{value} does not fit max_digits={digits}, decimal_places={places}",
            )
            bad = True
    return bad


def check_choices(problems: Problems, where: str, spec: FieldSpec, bad: bool) -> bool:
    """Non-empty, distinct values that make distinct constants; ``bad``: a key already failed."""
    if not spec.choices:
        problems.add(
            f"{where}.choices", "a choice field needs choices: a list of values, or of {value, label}"
        )
        return True
    seen: set[str] = set()
    for k, value in enumerate(choice_values(spec)):
        if not value.strip():
            problems.add(f"{where}.choices[{k}]", "a choice value must not be empty")
            bad = True
        if value in seen:
            problems.add(f"{where}.choices[{k}]", f"{value!r} is listed twice")
            bad = True
        seen.add(value)
    constants = [naming.upper_snake(value) for value in choice_values(spec)]
    if len(set(constants)) != len(constants) and not bad:
        problems.add(
            f"{where}.choices",
            "two values give the same Python name once punctuation is dropped; make them differ by letters or digits",
        )
        bad = True
    return bad


def check_transitions(problems: Problems, where: str, spec: FieldSpec) -> dict[str, tuple[str, ...]]:
    """Each choice and the values it may change to; a value not listed as a key is final."""
    here = f"{where}.transitions"
    table: dict[str, tuple[str, ...]] = dict.fromkeys(choice_values(spec), ())
    for source, targets in spec.transitions.items():
        problem = choice_problem(spec, source)
        if problem:
            problems.add(f"{here}.{source}", problem)
            continue
        for k, target in enumerate(targets):
            problem = choice_problem(spec, target)
            if not problem and target == source:
                problem = f"{target!r} to itself is no change; remove it (setting the same value again is always allowed)"
            if not problem and target in targets[:k]:
                problem = f"{target!r} is listed twice"
            if problem:
                problems.add(f"{here}.{source}[{k}]", problem)
        table[source] = tuple(dict.fromkeys(t for t in targets if t in table and t != source))
    if not any(table.values()):
        problems.add(
            here, "lists no change, so the value could never change; list the values each one may change to"
        )
    if not spec.required and "default" not in spec.given():
        problems.add(
            here,
            "an optional choice without a default may be empty, which is no state; give it a default (the state new rows start in) or make it required",
        )
    return table


def check_items(problems: Problems, where: str, spec: FieldSpec) -> bool:
    if spec.of is None:
        problems.add(
            f"{where}.of",
            f"a list field needs 'of', the type of its items: one of {', '.join(LIST_ITEM_TYPES)}",
        )
    elif spec.of not in LIST_ITEM_TYPES:
        problems.add(
            f"{where}.of",
            f"{spec.of!r} cannot be a list item{suggest(spec.of, LIST_ITEM_TYPES)}; expected one of {', '.join(LIST_ITEM_TYPES)}",
        )
    elif spec.max_length is not None and KINDS[spec.of].django.max_length is None:
        problems.add(
            f"{where}.max_length",
            f"max_length applies to lists of {' or '.join(SIZED_ITEMS)}, not of {spec.of}",
        )
    else:
        return False
    return True


def check_default(problems: Problems, where: str, spec: FieldSpec, field: Field) -> None:
    """Set the field's default when ``default:`` fits its type and keys."""
    try:
        value = default_value(spec)
    except values.BadValue as error:
        problems.add(f"{where}.default", str(error))
        return
    field.has_default = True
    field.default_value = value


def default_value(spec: FieldSpec) -> object:
    """The default as the field holds it, or BadValue saying why it cannot be."""
    kind, default = spec.type, spec.default
    if default is None:
        raise values.BadValue("is null; leave default out for no default")
    if kind == "json":
        if default in ({}, []) or isinstance(default, str | int | float | bool):
            return default
        raise values.BadValue(
            "a json default must be {}, [] or a plain value; set richer values in a data migration"
        )
    if kind == "list":
        if default != []:
            raise values.BadValue(
                "a list default must be [] (Django needs a callable for anything else); set items in a data migration"
            )
        return []
    value = coerce(kind, default)
    problem = choice_problem(spec, value) or text_problem(spec, value)
    problem = problem or protocol_problem(spec, value) or number_problem(spec, value)
    if problem:
        raise values.BadValue(problem)
    return value


def coerce(kind: str, value: object) -> object:
    """``value`` as the Python value a field of ``kind`` holds, or BadValue."""
    read = KINDS[kind].coerce
    if read is None:
        raise values.BadValue(f"{naming.article(kind)} field takes no default")
    return read(value)


def choice_problem(spec: FieldSpec, value: object) -> str:
    if spec.type != "choice":
        return ""
    options = choice_values(spec)
    if value in options:
        return ""
    return f"{value!r} is not one of the choices{suggest(str(value), options)}: {', '.join(options)}"


def text_problem(spec: FieldSpec, value: object) -> str:
    if not isinstance(value, str):
        return ""
    length = len(value)
    max_length = spec.max_length if spec.max_length is not None else KINDS[spec.type].django.max_length
    if max_length is not None and length > max_length:
        return f"is {length} characters, above max_length {max_length}"
    if spec.min_length is not None and length < spec.min_length:
        return f"is {length} characters, below min_length {spec.min_length}"
    if spec.pattern is not None and not values.pattern_matches(spec.pattern, value):
        return f"{value!r} does not match pattern {spec.pattern!r}"
    return ""


def protocol_problem(spec: FieldSpec, value: object) -> str:
    narrowed = "protocol" in KINDS[spec.type].keys and spec.protocol in {"IPv4", "IPv6"}
    if narrowed and values.ip_version(value) != spec.protocol:
        return f"{value!r} is not an {spec.protocol} address, as protocol requires"
    return ""


def number_problem(spec: FieldSpec, value: object) -> str:
    if "min" not in KINDS[spec.type].keys:  # not a number
        return ""
    number = Decimal(str(value))
    if spec.min is not None and number < Decimal(str(spec.min)):
        return f"{value} is below min {spec.min}"
    if spec.max is not None and number > Decimal(str(spec.max)):
        return f"{value} is above max {spec.max}"
    digits, places = decimal_shape(spec)
    if spec.type == "decimal" and not values.fits_digits(number, digits, places):
        return f"{value} does not fit max_digits={digits}, decimal_places={places}"
    return ""
