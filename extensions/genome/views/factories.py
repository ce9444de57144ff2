"""The view of an entity's factory (``generated/factories.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import factory_value
from ..model import Entity, Genome, Relation
from ..pycode import Call, Imports, Kw, py_str
from .common import Attribute


@dataclass(frozen=True)
class Factories:
    """The factory class: its declarations, its ``full`` trait and the many-to-many
    relations it sets after saving."""

    imports: str
    # ``factory.django.DjangoModelFactory[<Entity>]``: Factory.create() is typed as the model.
    base: str
    declarations: tuple[Attribute, ...]
    # ``name=factory.SubFactory(...)`` keywords of the ``full`` trait.
    traits: tuple[Kw, ...]
    # Many-to-many relations, filled from ``create(name=[...])``.
    post_generation: tuple[str, ...]


def build(genome: Genome, entity: Entity) -> Factories:
    imports = Imports().add("factory").add(f"apps.{entity.app_label}.models", entity.name)
    declarations: list[Attribute] = []
    if entity.tenant:
        imports.add("apps.users.factories", "WorkspaceFactory")
        declarations.append(Attribute("workspace", Call("factory.SubFactory", ["WorkspaceFactory"])))
    for field in entity.fields:
        if field.auto is None:  # Django sets an auto time on save, over any value
            declarations.append(Attribute(field.name, factory_value(entity, field, imports)))
    traits: list[Kw] = []
    for rel in entity.relations:
        if rel.many:
            continue
        sub = subfactory(rel, imports)
        if rel.required:
            declarations.append(Attribute(rel.name, sub))
        elif rel.target is not entity:
            traits.append(Kw(rel.name, sub))
    return Factories(
        imports=imports.render(),
        base=f"factory.django.DjangoModelFactory[{entity.name}]",
        declarations=tuple(declarations),
        traits=tuple(traits),
        post_generation=tuple(rel.name for rel in entity.relations if rel.many),
    )


def subfactory(rel: Relation, imports: Imports) -> Call:
    """The SubFactory that makes a row for a to-one relation."""
    if rel.target is None:
        imports.add("apps.users.factories", "UserFactory")
        return Call("factory.SubFactory", ["UserFactory"])
    target = rel.target
    # By import path: factories of entities that point to each other would
    # otherwise import each other.
    args: list = [py_str(f"apps.{target.app_label}.generated.factories.{target.name}Factory")]
    if target.tenant:
        args.append(Kw("workspace", Call("factory.SelfAttribute", [py_str("..workspace")])))
    return Call("factory.SubFactory", args)
