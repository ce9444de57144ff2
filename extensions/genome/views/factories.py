"""The view of an entity's factory (``generated/factories.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import choice_values, factory_value, kind_of
from ..model import Entity, EntityRule, Field, Genome, Relation
from ..pycode import Call, Imports, Kw, Node, Seq, py_literal, py_str
from .common import Attribute, constant

# A rule ``a > b`` is ``b < a``: each field-to-field rule as (lower, op, higher).
MIRRORED = {">": "<", ">=": "<="}


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
    ruled = rule_values(entity, imports)
    for field in entity.fields:
        if field.auto is None:  # Django sets an auto time on save, over any value
            value = ruled.get(field.name) or factory_value(entity, field, imports)
            declarations.append(Attribute(field.name, value))
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


def rule_values(entity: Entity, imports: Imports) -> dict[str, Node | str]:
    """Values that make every row pass the entity's rules, by field.

    A number compared with a constant keeps its own factory, whose range the rule
    narrows; another field takes a value from the constant. Of two fields compared,
    one is derived from the other (``due_on = starts_on``, ``max_guests = above(min_guests)``),
    the higher side when it is free. Text, uuid and address fields that must differ
    keep their own values, which do.
    """
    values: dict[str, Node | str] = {}
    sources: dict[str, str] = {}  # derived field -> the field it is derived from
    for rule in entity.rules:
        if rule.right is None and kind_of(rule.left).comparison.family != "number":
            value = constant_value(entity, rule, imports)
            if value is not None and rule.left.name not in values:
                values[rule.left.name] = value
    for rule in entity.rules:
        if rule.right is None:
            continue
        low, op, high = rule.left, rule.op, rule.right
        if op in MIRRORED:
            low, op, high = high, MIRRORED[op], low
        for target, source, direction in ((high, low, "above"), (low, high, "below")):
            if free(target, source, values, sources):
                value = derived(entity, target, op, source, direction, imports)
                if value is not None:
                    values[target.name] = value
                    sources[target.name] = source.name
                break
    return values


def free(target: Field, source: Field, values: dict, sources: dict[str, str]) -> bool:
    """``target`` has no value from a rule yet, and ``source`` is not derived from it."""
    name = source.name
    while name in sources:
        name = sources[name]
        if name == target.name:
            return False
    return target.name not in values


def derived(
    entity: Entity, target: Field, op: str, source: Field, direction: str, imports: Imports
) -> Call | None:
    """``target``'s value from ``source``'s in the same row, so that they pass ``op``."""
    row = f"row.{source.name}"
    if op in {"==", "<="}:
        value = row
    elif op == "<":
        imports.add("apps.core.testing", direction)
        value = f"{direction}({row})"
    elif target.choices_class:
        imports.add("apps.core.testing", "different")
        value = f"different({row}, {entity.name}.{target.choices_class}.values)"
    elif kind_of(target).comparison.family == "boolean":
        value = f"not {row}"
    elif kind_of(target).comparison.ordered:
        imports.add("apps.core.testing", direction)
        value = f"{direction}({row})"
    else:
        return None
    return Call("factory.LazyAttribute", [f"lambda row: {value}"])


def constant_value(entity: Entity, rule: EntityRule, imports: Imports) -> Node | str | None:
    """A value of ``rule.left`` that passes its comparison with a constant."""
    field, op, value = rule.left, rule.op, rule.value
    if op in {"==", "<=", ">="}:
        return constant(value, imports)
    if op in {"<", ">"}:
        helper = "above" if op == ">" else "below"
        imports.add("apps.core.testing", helper)
        return f"{helper}({constant(value, imports)})"
    if field.choices_class:
        imports.add("factory.fuzzy")
        others = Seq([py_str(v) for v in choice_values(field.spec) if v != value])
        return Call("factory.fuzzy.FuzzyChoice", [others])
    if kind_of(field).comparison.family == "boolean":
        return py_literal(not value)
    if kind_of(field).comparison.ordered:
        imports.add("apps.core.testing", "above")
        return f"above({constant(value, imports)})"
    return None
