"""The view of an entity's generated model, apps/<app>/generated/models.py.

Which base class, which choices classes, which fields with which arguments,
which Meta options, and what ``__str__`` returns; the template lays them out.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import naming
from ..kinds import blank_unique, constrained, empty_value, field_call
from ..kinds.choice import choice_labels
from ..model import Entity, EntityRule, Field, Genome, Relation
from ..pycode import Call, Either, Imports, Kw, Node, Seq, py_str, str_tuple
from .common import Attribute, constant, docstring, ordering_index, ordering_index_name, str_expression

LOOKUPS = {"<": "__lt", "<=": "__lte", "==": "", "!=": "", ">=": "__gte", ">": "__gt"}
ON_DELETE = {"cascade": "CASCADE", "protect": "PROTECT", "set_null": "SET_NULL", "restrict": "RESTRICT"}
DJANGO_KIND = {"many_to_one": "ForeignKey", "one_to_one": "OneToOneField", "many_to_many": "ManyToManyField"}


@dataclass(frozen=True)
class Choices:
    """A field's ``models.TextChoices`` class: each member's constant, value and label literals."""

    name: str
    members: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class Model:
    """The abstract ``<Entity>Base`` model the user's model extends."""

    imports: str
    base: str
    docstring: str
    choices: tuple[Choices, ...]
    fields: tuple[Attribute, ...]
    # Fields the audit log records as changed, never with their values.
    audit_masked_fields: Node | None
    ordering: Node
    verbose_name: str
    verbose_name_plural: str
    indexes: Node | None
    constraints: Node | None
    str_expression: str


def build(genome: Genome, entity: Entity) -> Model:
    imports = Imports().add("django.db", "models")
    if entity.soft_delete:
        base = "WorkspaceScopedSoftDeleteModel" if entity.tenant else "SoftDeleteModel"
        imports.add("apps.core.soft_delete", base)
    else:
        base = "WorkspaceScopedModel" if entity.tenant else "TimeStampedModel"
        imports.add("apps.core.models", base)
    fields = [Attribute(f.name, field_call(entity, f, imports)) for f in entity.fields]
    fields += [Attribute(r.name, relation_call(entity, r, imports)) for r in entity.relations]
    masked = [f.name for f in entity.fields if f.masked]
    indexes = model_indexes(entity)
    constraints = model_constraints(entity) + [check_constraint(rule, imports) for rule in entity.rules]
    return Model(
        imports=imports.render(),
        base=base,
        docstring=docstring(entity.description or f"{naming.title(entity.name)}.", indent=1),
        choices=tuple(choices(f) for f in entity.fields if f.choices_class),
        fields=tuple(fields),
        audit_masked_fields=str_tuple(masked) if entity.audit and masked else None,
        ordering=str_tuple(entity.ordering),
        verbose_name=py_str(entity.verbose_name),
        verbose_name_plural=py_str(entity.verbose_name_plural),
        indexes=Seq(indexes) if indexes else None,
        constraints=Seq(constraints) if constraints else None,
        str_expression=str_expression(entity),
    )


def choices(field: Field) -> Choices:
    members = [
        (naming.upper_snake(value), py_str(value), py_str(label))
        for value, label in choice_labels(field.spec)
    ]
    return Choices(field.choices_class, tuple(members))


def relation_call(entity: Entity, rel: Relation, imports: Imports) -> Call:
    """The ForeignKey, OneToOneField or ManyToManyField of a relation."""
    if rel.target is None:
        imports.add("django.conf", "settings")
        target = "settings.AUTH_USER_MODEL"
    elif rel.target is entity:
        target = '"self"'
    else:
        target = py_str(f"{rel.target.app_label}.{rel.target.name}")
    args: list = [target]
    if rel.many:
        if rel.target is entity:
            args.append(Kw("symmetrical", "False"))
        if not rel.required:
            args.append(Kw("blank", "True"))
    else:
        args.append(Kw("on_delete", f"models.{ON_DELETE[rel.on_delete]}"))
        if not rel.required:
            args += [Kw("null", "True"), Kw("blank", "True")]
    args.append(Kw("related_name", py_str(rel.related_name)))
    if rel.help:
        args.append(Kw("help_text", py_str(rel.help)))
    return Call(f"models.{DJANGO_KIND[rel.kind]}", args)


def model_indexes(entity: Entity) -> list[Call]:
    """A workspace's rows by an indexed field, and in their default order."""
    if not entity.tenant:
        return []
    calls = []
    for field in entity.fields:
        if field.index and not field.unique:
            name = naming.short_name(entity.app_label, field.name, limit=30, suffix="idx")
            columns = Seq([py_str("workspace"), py_str(field.name)])
            calls.append(Call("models.Index", [Kw("fields", columns), Kw("name", py_str(name))]))
    order = ordering_index(entity)
    if order:
        # Not partial on live rows: turning soft delete on only adds its column.
        columns = Seq([py_str(c) for c in ["workspace", *order]])
        name = py_str(ordering_index_name(entity))
        calls.append(Call("models.Index", [Kw("fields", columns), Kw("name", name)]))
    return calls


def model_constraints(entity: Entity) -> list[Call]:
    """A unique constraint for each unique field and ``unique_together`` group."""
    prefix = ["workspace"] if entity.tenant else []
    groups: list[tuple[list[str], str | None]] = []
    for field in entity.fields:
        if constrained(entity, field):
            # An optional text value is "" when absent; blanks never collide.
            groups.append(([field.name], field.name if blank_unique(field) else None))
    groups += [(group, None) for group in entity.unique_together]
    calls = []
    for group, blank in groups:
        name = naming.short_name(entity.app_label, *group, limit=63, suffix="uniq")
        readable = ", ".join(naming.title(g).lower() for g in group)
        scope = " in this workspace" if entity.tenant else ""
        message = f"A {entity.verbose_name} with this {readable} already exists{scope}."
        args: list = [Kw("fields", Seq([py_str(c) for c in [*prefix, *group]])), Kw("name", py_str(name))]
        # Soft-deleted rows keep their values but do not hold them.
        conditions = ["models.Q(deleted_at=None)"] if entity.soft_delete else []
        if blank:
            conditions.append(f'~models.Q({blank}="")')
        if conditions:
            args.append(Kw("condition", " & ".join(conditions)))
        args.append(Kw("violation_error_message", py_str(message)))
        calls.append(Call("models.UniqueConstraint", args))
    return calls


def check_constraint(rule: EntityRule, imports: Imports) -> Call:
    """The rule's CheckConstraint. It passes when a side is empty (NULL, or "" for text),
    as the database's own check would, so Django's ``validate()`` agrees with it."""
    if rule.right is None:
        other: Node | str = constant(rule.value, imports)
    else:
        other = Call("models.F", [py_str(rule.right.name)])
    negated = "~" if rule.op == "!=" else ""
    terms = [Call(f"{negated}models.Q", [Kw(rule.left.name + LOOKUPS[rule.op], other)])]
    terms += [term for term in map(absent, rule.fields) if term is not None]
    args = [
        Kw("condition", Either(terms)),
        Kw("name", py_str(rule.constraint)),
        Kw("violation_error_message", py_str(rule.message)),
    ]
    return Call("models.CheckConstraint", args)


def absent(field: Field) -> Call | None:
    """The Q of an optional field's empty value; None when it has none."""
    empty = empty_value(field)
    if empty == "None":
        return Call("models.Q", [Kw(f"{field.name}__isnull", "True")])
    if empty == '""':
        return Call("models.Q", [Kw(field.name, '""')])
    return None
