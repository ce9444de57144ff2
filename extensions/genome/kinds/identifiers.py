"""Identifier kinds: uuid and ip_address, text of a fixed shape stored in a native column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import values
from ..pycode import Call, Imports, Kw, py_str
from .base import NULL, PLAIN, Comparison, Django, FieldKind, ListItem, Query, RuleSet, Value

if TYPE_CHECKING:
    from ..model import Entity, Field


def uuid4(entity: Entity, field: Field, imports: Imports) -> Call:
    imports.add("uuid")
    return Call("factory.LazyFunction", ["uuid.uuid4"])


def uuid_rules(field: Field, rules: RuleSet) -> None:
    rules.add("uuid", '"not-a-uuid"', model=False)


def protocol(entity: Entity, field: Field, imports: Imports) -> list:
    narrowed = field.spec.protocol not in {None, "both"}
    return [Kw("protocol", py_str(field.spec.protocol))] if narrowed else []


def faker_address(entity: Entity, field: Field, imports: Imports) -> Call:
    provider = "ipv6" if field.spec.protocol == "IPv6" else "ipv4"
    return Call("factory.Faker", [py_str(provider)])


def address_rules(field: Field, rules: RuleSet) -> None:
    rules.add("ip_address", '"not an ip"')
    other = {"IPv4": '"2001:db8::1"', "IPv6": '"192.0.2.1"'}.get(field.spec.protocol)
    if other is not None:
        rules.add("protocol", other)


UUID = FieldKind(
    name="uuid",
    keys=frozenset(),
    coerce=values.uuid_text,
    django=Django("models.UUIDField"),
    empty=NULL,
    query=Query(PLAIN, searchable=True),
    factory=uuid4,
    rules=uuid_rules,
    erasure=None,
    list_item=ListItem(('"0b9e9c8e-6d1f-4f59-9b55-0d2f1a3b9a10"', '"5a8f6a14-2c3e-4d1f-8b6a-3f1e2d4c5b6a"')),
    comparison=Comparison("uuid", ordered=False),
    value=Value(varies=True),
)
IP_ADDRESS = FieldKind(
    name="ip_address",
    keys=frozenset({"protocol"}),
    coerce=values.ip_address,
    # Django refuses blank=True without null=True on this field: no "" for no address.
    django=Django("models.GenericIPAddressField", shape=protocol),
    empty=NULL,
    query=Query(PLAIN),
    factory=faker_address,
    rules=address_rules,
    erasure=None,
    list_item=None,
    comparison=Comparison("ip_address", ordered=False),
)
