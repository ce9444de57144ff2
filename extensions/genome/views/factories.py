"""The view of an entity's factory (``generated/factories.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import factory_value
from ..model import Entity, Genome, Relation
from ..pycode import Call, Imports, Kw, assign, class_header, py_str


@dataclass(frozen=True)
class Factories:
    """The factory class: its declarations, its ``full`` trait and the many-to-many
    relations it sets after saving."""

    imports: str
    class_header: str
    declarations: tuple[str, ...]
    # ``name=factory.SubFactory(...)`` lines of the ``full`` trait.
    traits: tuple[str, ...]
    # Many-to-many relations, filled from ``create(name=[...])``.
    post_generation: tuple[str, ...]


def build(genome: Genome, entity: Entity) -> Factories:
    imports = Imports().add("factory").add(f"apps.{entity.app_label}.models", entity.name)
    declarations: list[str] = []
    if entity.tenant:
        imports.add("apps.users.factories", "WorkspaceFactory")
        declarations.append(assign("workspace", Call("factory.SubFactory", ["WorkspaceFactory"])))
    for field in entity.fields:
        declarations.append(assign(field.name, factory_value(entity, field, imports)))
    traits: list[str] = []
    for rel in entity.relations:
        if rel.many:
            continue
        sub = subfactory(rel, imports)
        if rel.required:
            declarations.append(assign(rel.name, sub))
        elif rel.target is not entity:
            traits.append("\n".join(Kw(rel.name, sub).lines(3, suffix=",")))
    # Generic in the model, so that Factory.create() is typed as the model.
    model_factory = f"factory.django.DjangoModelFactory[{entity.name}]"
    return Factories(
        imports=imports.render(),
        class_header=class_header(f"{entity.name}Factory", model_factory),
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
