"""Temporal kinds: date, datetime, time, duration."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import values
from ..pycode import Call, Imports, Kw, py_literal, py_str
from .base import NULL, ORDERED, Comparison, Django, FieldKind, ListItem, Query, type_rule

if TYPE_CHECKING:
    from ..model import Entity, Field


def datetime_default(field: Field, imports: Imports) -> str:
    imports.add("datetime")
    return py_literal(field.default_value)


def faker(provider: str, *arguments: Kw, imports_datetime: bool = False):
    """A factory of Faker's ``provider`` values."""

    def factory(entity: Entity, field: Field, imports: Imports) -> Call:
        if imports_datetime:
            imports.add("datetime")
        return Call("factory.Faker", [py_str(provider), *arguments])

    return factory


def temporal(
    name: str,
    field_class: str,
    factory,
    list_item: ListItem | None,
    *,
    admin_filter: bool = False,
    keys: frozenset[str] = frozenset(),
) -> FieldKind:
    return FieldKind(
        name=name,
        keys=keys,
        coerce=getattr(values, name),
        django=Django(field_class, default=datetime_default),
        empty=NULL,
        query=Query(ORDERED, admin_filter=admin_filter),
        factory=factory,
        rules=type_rule(f'"not a {name}"'),
        erasure=None,
        list_item=list_item,
        comparison=Comparison(name),
    )


DATE = temporal(
    "date",
    "models.DateField",
    faker("date_object"),
    ListItem(('"2026-01-01"', '"2026-01-02"')),
    admin_filter=True,
    keys=frozenset({"auto"}),
)
DATETIME = temporal(
    "datetime",
    "models.DateTimeField",
    faker("date_time", Kw("tzinfo", "datetime.UTC"), imports_datetime=True),
    ListItem(('"2026-01-01T09:00:00+00:00"', '"2026-01-02T09:00:00+00:00"')),
    admin_filter=True,
    keys=frozenset({"auto"}),
)
TIME = temporal(
    "time",
    "models.TimeField",
    faker("time_object"),
    ListItem(('"09:00:00"', '"10:00:00"')),
)
DURATION = temporal(
    "duration",
    "models.DurationField",
    faker("time_delta", Kw("end_datetime", py_str("+30d"))),
    None,
)
