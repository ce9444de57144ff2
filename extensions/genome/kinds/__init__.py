"""What each field type means, one FieldKind per type (see ``base.py`` for its facets).

The genome's checks, the views of the generated modules and the docs read the
registry ``KINDS`` through the functions here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..pycode import Call, Imports, Kw, Node, Seq, py_str
from .base import KINDS, FieldKind, Rule, RuleSet, kind_of, re_fullmatch
from .choice import BOOLEAN, CHOICE, choice_values
from .files import FILE, IMAGE
from .identifiers import IP_ADDRESS, UUID
from .numbers import BIG_INTEGER, DECIMAL, FLOAT, INTEGER, decimal_shape
from .structured import JSON, LIST
from .temporal import DATE, DATETIME, DURATION, TIME
from .text import EMAIL, SLUG, STRING, TEXT, URL

if TYPE_CHECKING:
    from ..model import Entity, Field

__all__ = [
    "ERASED_SHOWN",
    "KINDS",
    "FieldKind",
    "blank_unique",
    "choice_values",
    "constrained",
    "decimal_shape",
    "diagram_type",
    "empty_value",
    "erased_value",
    "factory_value",
    "field_call",
    "kind_of",
    "rules_for",
]

# In the order the docs and the error messages list them.
KINDS.update(
    (kind.name, kind)
    for kind in (
        STRING,
        TEXT,
        SLUG,
        EMAIL,
        URL,
        UUID,
        IP_ADDRESS,
        INTEGER,
        BIG_INTEGER,
        DECIMAL,
        FLOAT,
        BOOLEAN,
        DATE,
        DATETIME,
        TIME,
        DURATION,
        CHOICE,
        LIST,
        JSON,
        FILE,
        IMAGE,
    )
)

# How the README shows an erased value.
ERASED_SHOWN = {'""': "blank", "None": "NULL", "[]": "empty list"}
# The longest row id: a bigint's 19 digits.
LONGEST_PK = "9" * 19


def diagram_type(field: Field) -> str:
    """The field's type as the ER diagram names it."""
    return kind_of(field).diagram(field)


def constrained(entity: Entity, field: Field) -> bool:
    """A unique field enforced by a UniqueConstraint in Meta, not ``unique=True``."""
    return field.unique and (entity.tenant or entity.soft_delete or blank_unique(field))


def blank_unique(field: Field) -> bool:
    return field.unique and not field.required and kind_of(field).empty.blank_string


def field_call(entity: Entity, field: Field, imports: Imports) -> Call:
    """The model field's constructor call: class, column shape, emptiness, validators."""
    django = kind_of(field).django
    args: list = django.shape(entity, field, imports)
    if field.auto is not None:
        args.append(Kw(f"auto_{field.auto}", "True"))
    if not field.required:
        args += kind_of(field).empty.kwargs(field)
    if field.has_default:
        args.append(Kw("default", default_source(field, imports)))
    if field.unique and not constrained(entity, field):
        args.append(Kw("unique", "True"))
    if field.index and not entity.tenant and not field.unique:
        args.append(Kw("db_index", "True"))
    if field.help:
        args.append(Kw("help_text", py_str(field.help)))
    validators = django.validators(field, imports)
    if validators:
        args.append(Kw("validators", Seq(validators)))
    return Call(django.field_class, args)


def empty_value(field: Field) -> str | None:
    """The Python source of what an optional field holds for no value (None or ""), or
    None when it has none: a required field, a boolean, a choice with a default."""
    empty = kind_of(field).empty
    return None if field.required or not empty.kwargs(field) else empty.value


def default_source(field: Field, imports: Imports) -> str:
    """The Python source of the field's ``default:``."""
    return kind_of(field).django.default(field, imports)


def factory_value(entity: Entity, field: Field, imports: Imports) -> Node | str:
    """The factory_boy declaration that makes a valid, varied value of ``field``."""
    return kind_of(field).factory(entity, field, imports)


def rules_for(field: Field) -> list[Rule]:
    """Each rule the genome sets on a field, with a value that breaks it."""
    rules = RuleSet(field)
    kind_of(field).rules(field, rules)
    return rules.rules


def erased_value(field: Field) -> tuple[str | None, str]:
    """The Python source of the value that erases ``field``, or None and why not.

    Optional fields are emptied ("" or NULL, as the model stores emptiness), which
    skips their validators. A required text-like field gets a marker when the marker
    passes its length, pattern and uniqueness rules.
    """
    kind = kind_of(field)
    if not field.required:
        return kind.empty.value, kind.empty.why_none
    marker = kind.erasure
    if marker is None:
        return None, f"required {kind.name}: no value stands for none"
    if field.unique and "{pk}" not in marker:
        marker += "-{pk}"
    spec = field.spec
    longest = marker.format(pk=LONGEST_PK)
    max_length = (spec.max_length if spec else None) or kind.django.max_length
    if max_length is not None and len(longest) > max_length:
        return None, f"required {kind.name} of at most {max_length} characters: no marker fits"
    if spec and spec.min_length and len(marker.format(pk="1")) < spec.min_length:
        return None, f"required {kind.name} of at least {spec.min_length} characters"
    if (
        spec
        and spec.pattern
        and not all(re_fullmatch(spec.pattern, marker.format(pk=pk)) for pk in ("1", LONGEST_PK))
    ):
        return None, f"required {kind.name} whose pattern the marker does not match"
    return py_str(marker), ""
