"""The view of an entity's generated filter set, apps/<app>/generated/filters.py:
the query parameters of its list, from the genome's ``filter`` flags.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import kind_of
from ..model import Entity, Field, Genome
from ..pycode import Call, Imports, Kw, Node, Pair, Seq, py_str, str_list
from .common import Attribute


@dataclass(frozen=True)
class Filters:
    """The declared filters (list lookups, relations by id) and ``Meta.fields``
    (each other filtered field's lookups)."""

    imports: str
    declarations: tuple[Attribute, ...]
    fields: Node | str


def build(genome: Genome, entity: Entity) -> Filters:
    imports = Imports().add("apps.core.filters", "FilterSet")
    imports.add(f"apps.{entity.app_label}.models", entity.name)
    declarations = []
    lookups: list[Node] = []
    for field in (f for f in entity.fields if f.lookups):
        family = kind_of(field).query.lookups
        if not family.array:
            lookups.append(Pair(py_str(field.name), str_list(field.lookups)))
            continue
        for lookup in field.lookups:
            imports.add("apps.core.filters", "ArrayFilter")
            param = query_param(field, lookup)
            args = [Kw("field_name", py_str(field.name)), Kw("lookup_expr", py_str(lookup))]
            declarations.append(Attribute(param, Call("ArrayFilter", args)))
    for rel in entity.relations:
        if rel.filter:
            # By id, not ModelChoiceFilter: an id from another workspace must
            # look exactly like one that does not exist.
            imports.add("django_filters", "rest_framework as filters")
            number = Call("filters.NumberFilter", [Kw("field_name", py_str(rel.name))])
            declarations.append(Attribute(rel.name, number))
    return Filters(
        imports=imports.render(),
        declarations=tuple(declarations),
        fields=Seq(lookups, ("{", "}")) if lookups else "()",
    )


def query_param(field: Field, lookup: str) -> str:
    """The list's query parameter of a filtered field's lookup: the bare name for
    ``exact`` (a list's own bare lookup, such as ``contains``), else
    ``<name>__<lookup>``, as django-filter names them."""
    family = kind_of(field).query.lookups
    bare = family.bare if family.array else "exact"
    return field.name if lookup == bare else f"{field.name}__{lookup}"
