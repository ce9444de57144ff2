"""Identifier kinds: uuid."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import values
from ..pycode import Call, Imports
from .base import NULL, PLAIN, Django, FieldKind, ListItem, Query, RuleSet

if TYPE_CHECKING:
    from ..model import Entity, Field


def uuid4(entity: Entity, field: Field, imports: Imports) -> Call:
    imports.add("uuid")
    return Call("factory.LazyFunction", ["uuid.uuid4"])


def uuid_rules(field: Field, rules: RuleSet) -> None:
    rules.add("uuid", '"not-a-uuid"', model=False)


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
)
