"""The shape of a field kind: one frozen object per field type, made of facets.

Each facet holds what one consumer needs to know about the type: the genome's
checks (``keys``, ``coerce``), the Django model (``django``, ``empty``), the API's
and the admin's lists (``query``), what its values are like (``value``), the
factories (``factory``), the generated rule tests (``rules``), erasure of personal
data (``erasure``), lists (``list_item``) and the ER diagram (``diagram``).
A new target language adds a facet here and one value per kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..pycode import Call, Imports, Kw, Node, py_literal

if TYPE_CHECKING:
    from ..model import Entity, Field


@dataclass(frozen=True)
class Rule:
    """One validation rule of a field, with a value that breaks it (as Python source)
    and the ``(module, name)`` imports that value needs."""

    name: str
    bad_value: str
    test_id: str
    api: bool = True
    model: bool = True
    imports: tuple[tuple[str, str], ...] = ()


def no_arguments(entity: Entity, field: Field, imports: Imports) -> list:
    return []


def no_validators(field: Field, imports: Imports) -> list[Call]:
    return []


def own_name(field: Field) -> str:
    return field.type


def literal_default(field: Field, imports: Imports) -> str:
    return py_literal(field.default_value)


@dataclass(frozen=True)
class Django:
    """The model field: its class, its type-specific arguments and validators."""

    field_class: str
    # The max_length Django gives the column when the genome sets none.
    max_length: int | None = None
    # Arguments after the class: lengths, choices, digits, upload paths.
    shape: Callable[[Entity, Field, Imports], list] = no_arguments
    validators: Callable[[Field, Imports], list[Call]] = no_validators
    # The Python source of the field's ``default:``.
    default: Callable[[Field, Imports], str] = literal_default
    # Whether ``unique: true`` can apply to the column.
    unique: bool = True


@dataclass(frozen=True)
class Empty:
    """How an optional field stores "no value", and what erasing it writes."""

    # The model arguments of an optional field without a default, and with one.
    arguments: tuple[Kw, ...]
    defaulted: tuple[Kw, ...]
    # The Python source of the empty value; None when the type has none.
    value: str | None
    why_none: str = ""

    def kwargs(self, field: Field) -> list[Kw]:
        return list(self.defaulted if field.has_default else self.arguments)

    @property
    def blank_string(self) -> bool:
        """Text-like: the column stores "" for no value, not NULL."""
        return self.value == '""'


@dataclass(frozen=True)
class Lookups:
    """The filter lookups a family of types accepts, and those ``filter: true`` gives."""

    accepted: tuple[str, ...]
    default: tuple[str, ...]
    # The lookup of the parameter named like the field, without a ``__lookup`` suffix.
    bare: str = "exact"
    # Each lookup is a filter the FilterSet declares: django-filter derives none for
    # a PostgreSQL array.
    array: bool = False


@dataclass(frozen=True)
class Query:
    """What the API's and the admin's lists do with the field: filter, search, order."""

    lookups: Lookups | None  # None: the field cannot be filtered
    searchable: bool = False
    orderable: bool = True
    # The admin's list offers a filter by it (few distinct values, or dates).
    admin_filter: bool = False
    # The admin's list shows it as a column (short values).
    admin_column: bool = True


@dataclass(frozen=True)
class Value:
    """What the field's value is like, for the code and tests that handle it."""

    # Free text: a str the factory makes from the field's name.
    text: bool = False
    # A str (free text or a choice's value): ``__str__`` shows it as it is.
    shown_as_is: bool = False
    # The factory's values seldom repeat, so a change by another request shows
    # (the serializer tests' probe of a PATCH that sends nothing).
    varies: bool = False
    # A stored file, served by the private file view.
    upload: bool = False
    # Without a ``display:``, an entity shows its first field of such a kind.
    display: bool = False

    @property
    def is_str(self) -> bool:
        return self.text or self.shown_as_is


@dataclass(frozen=True)
class ListItem:
    """The type as the item of a list field."""

    samples: tuple[str, str]  # two valid items, as Python source
    short: str | None = None  # the shortest valid item, when shorter than the samples
    column: tuple[Kw, ...] = ()  # the item field's arguments


@dataclass(frozen=True)
class Comparison:
    """How an entity's ``rules:`` may compare the field: with fields and constants of
    its family, by order or for equality only."""

    # Kinds of one family compare with each other: an integer with a decimal.
    family: str
    # False: == and != only (text, whose order is the collation's; identifiers; booleans).
    ordered: bool = True


TEXT_VALUES = Comparison("text", ordered=False)


class RuleSet:
    """The rules of one field, each with a value that breaks it."""

    def __init__(self, field: Field):
        self.field = field
        self.rules: list[Rule] = []

    def add(self, name: str, bad: str, *, api: bool = True, model: bool = True, imports: tuple = ()) -> None:
        """A rule broken by ``bad`` (Python source), which needs ``imports``: (module, name) pairs."""
        test_id = f"{self.field.name}-{name}"
        rule = Rule(name=name, bad_value=bad, test_id=test_id, api=api, model=model, imports=imports)
        self.rules.append(rule)


def no_rules(field: Field, rules: RuleSet) -> None:
    return None


def type_rule(bad: str) -> Callable[[Field, RuleSet], None]:
    """The one rule of a type the API refuses before the model sees it: the value's type."""

    def add(field: Field, rules: RuleSet) -> None:
        rules.add("type", bad, model=False)

    return add


@dataclass(frozen=True)
class FieldKind:
    """Everything the generator knows about one field type."""

    name: str
    keys: frozenset[str]  # the type-specific keys it accepts
    # The Python value a ``default:`` stands for, or BadValue; None: no default this way.
    coerce: Callable[[object], object] | None
    django: Django
    empty: Empty
    query: Query
    factory: Callable[[Entity, Field, Imports], Node | str]
    rules: Callable[[Field, RuleSet], None]
    # The value that erases a required field ("{pk}" is the row's id); None: none does.
    erasure: str | None
    list_item: ListItem | None
    # How entity rules compare it; None: they cannot (json, lists, files).
    comparison: Comparison | None
    # The type as the ER diagram names it.
    diagram: Callable[[Field], str] = own_name
    value: Value = Value()


# Every kind by name; ``kinds/__init__.py`` fills it.
KINDS: dict[str, FieldKind] = {}


def kind_of(field: Field) -> FieldKind:
    return KINDS[field.type]


def sequence(template: str) -> Call:
    return Call("factory.Sequence", [f'lambda n: f"{template}"'])


def re_fullmatch(pattern: str, value: str) -> bool:
    return re.fullmatch(pattern, value) is not None


TEXTUAL = Lookups(
    accepted=(
        "exact",
        "iexact",
        "contains",
        "icontains",
        "startswith",
        "istartswith",
        "endswith",
        "iendswith",
        "in",
        "isnull",
    ),
    default=("exact", "icontains"),
)
ORDERED = Lookups(("exact", "gt", "gte", "lt", "lte", "range", "in", "isnull"), ("exact", "gte", "lte"))
PLAIN = Lookups(("exact", "in", "isnull"), ("exact",))

BLANK = Kw("blank", "True")
# Text-like columns store "" for no value; the others NULL.
BLANK_TEXT = Empty(arguments=(BLANK, Kw("default", '""')), defaulted=(BLANK,), value='""')
NULL = Empty(arguments=(Kw("null", "True"), BLANK), defaulted=(Kw("null", "True"), BLANK), value="None")
