"""The view of an entity's generated serializers, apps/<app>/generated/serializers.py.

The read serializer returns a row, its relations as ``{id, display}``; the write
serializer accepts one, its relations by id, and responds with the read one.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import kind_of
from ..model import Entity, Genome
from ..pycode import Call, Imports, Kw, Node, Pair, Seq, py_str, str_tuple
from .common import Attribute

# Attributes that djangorestframework-stubs declares on serializers and fields: a
# relation of the same name is declared on a read serializer with a type: ignore.
DRF_SERIALIZER_ATTRIBUTES = frozenset(
    {
        "allow_null",
        "bind",
        "context",
        "create",
        "data",
        "default_error_messages",
        "default_validators",
        "error_messages",
        "errors",
        "fail",
        "field_name",
        "fields",
        "get_attribute",
        "get_default",
        "get_fields",
        "get_initial",
        "get_validators",
        "get_value",
        "help_text",
        "is_valid",
        "label",
        "many",
        "parent",
        "partial",
        "read_only",
        "required",
        "root",
        "run_validation",
        "run_validators",
        "save",
        "source",
        "source_attrs",
        "style",
        "to_internal_value",
        "to_representation",
        "update",
        "validate",
        "validators",
        "write_only",
    }
)
# DRF's metaclass pops declared fields off the class, so such a name is free at
# run time; only the type checker sees the base's attribute.
SHADOWS_BASE = "type: ignore[assignment]"
BRACES = ("{", "}")


@dataclass(frozen=True)
class Serializers:
    """The declared fields and ``Meta.fields`` of ``<Entity>ReadSerializer`` and
    ``<Entity>WriteSerializer``, and the write serializer's base."""

    imports: str
    write_base: str
    read_declarations: tuple[Attribute, ...]
    read_fields: Node
    write_declarations: tuple[Attribute, ...]
    write_fields: Node
    # Fields the server or user code sets: the API ignores them on input.
    write_read_only: Node
    # Self relations followed up to check that a row never becomes its own ancestor.
    acyclic_relations: Node | None
    # ``{field: {value: (next values,)}}`` of the choice fields with transitions.
    transitions: Node | None
    # ``(field, constraint)`` of each rule: the check, and the field its error goes under.
    rules: Node | None


def build(genome: Genome, entity: Entity) -> Serializers:
    imports = Imports().add("rest_framework", "serializers")
    imports.add(f"apps.{entity.app_label}.models", entity.name)
    # Soft-deleting entities check unique values against live rows only.
    base = "SoftDeleteModelSerializer" if entity.soft_delete else "GeneratedModelSerializer"
    imports.add("apps.core.soft_delete" if entity.soft_delete else "apps.core.serializers", base)
    names = [f.name for f in entity.fields] + [r.name for r in entity.relations]
    write_declarations = []
    if entity.tenant:
        imports.add("apps.core.serializers", "CurrentWorkspaceDefault")
        hidden = Call("serializers.HiddenField", [Kw("default", "CurrentWorkspaceDefault()")])
        write_declarations.append(Attribute("workspace", hidden))
    for rel in entity.relations:
        if rel.current_user:
            # Set on create from the request, kept on update, never read from input.
            user = Call("serializers.CreateOnlyDefault", ["serializers.CurrentUserDefault()"])
            hidden = Call("serializers.HiddenField", [Kw("default", user)])
            write_declarations.append(Attribute(rel.name, hidden))
    read = read_declarations(entity, imports)
    acyclic = [r.name for r in entity.relations if r.self_target and not r.many]
    return Serializers(
        imports=imports.render(),
        write_base=base,
        read_declarations=read,
        read_fields=str_tuple(["id", *names, "created_at", "updated_at"]),
        write_declarations=tuple(write_declarations),
        write_fields=str_tuple(["id", *(["workspace"] if entity.tenant else []), *names]),
        write_read_only=str_tuple(["id", *(f.name for f in entity.fields if f.server_set)]),
        acyclic_relations=str_tuple(acyclic) if acyclic else None,
        transitions=transitions(entity),
        rules=Seq([str_tuple([r.left.name, r.constraint]) for r in entity.rules], ("(", ")"))
        if entity.rules
        else None,
    )


def transitions(entity: Entity) -> Node | None:
    tables = [Pair(py_str(f.name), next_values(f.transitions)) for f in entity.fields if f.transitions]
    return Seq(tables, BRACES) if tables else None


def next_values(table: dict[str, tuple[str, ...]]) -> Seq:
    return Seq([Pair(py_str(value), str_tuple(nexts)) for value, nexts in table.items()], BRACES)


def read_declarations(entity: Entity, imports: Imports) -> tuple[Attribute, ...]:
    """Files by the URL of the view that checks who asks, never MEDIA_URL; relations
    as ``{id, display}``."""
    declarations = []
    for field in entity.fields:
        if kind_of(field).value.upload:
            imports.add("apps.core.uploads", "PrivateFileField")
            declarations.append(Attribute(field.name, Call("PrivateFileField", [Kw("read_only", "True")])))
    for rel in entity.relations:
        args = [Kw("many", "True")] if rel.many else []
        if rel.target is not None and rel.target.soft_delete and not rel.many:
            # A soft-deleted row reads as null (many-to-many rows just drop out).
            imports.add("apps.core.soft_delete", "LiveSummaryField")
            field_class = "LiveSummaryField"
        else:
            imports.add("apps.core.serializers", "SummaryField")
            field_class = "SummaryField"
        comment = SHADOWS_BASE if rel.name in DRF_SERIALIZER_ATTRIBUTES else ""
        declarations.append(Attribute(rel.name, Call(field_class, [*args, Kw("read_only", "True")]), comment))
    return tuple(declarations)
