"""Relations between entities: their kind and on_delete, their targets, their reverse accessors."""

from __future__ import annotations

from collections.abc import Mapping

from .. import naming
from ..errors import Problems, suggest
from ..model import Entity, Relation
from ..spec import RelationSpec
from .names import check_member_name, check_old_name, control_parameter_clash


def build_relation(problems: Problems, where: str, spec: RelationSpec, entity: Entity) -> Relation | None:
    if spec.removed:
        return None
    if not check_member_name(problems, f"{where}.name", spec.name):
        return None
    check_old_name(problems, f"{where}.renamed_from", spec.renamed_from, naming.SNAKE_RE)
    if spec.to is None:
        problems.add(f"{where}.to", "is required: an entity of this genome, or User")
        return None
    on_delete = spec.on_delete
    if spec.kind == "many_to_many":
        if on_delete is not None:
            problems.add(f"{where}.on_delete", "does not apply to many_to_many relations; remove it")
        on_delete = ""
    else:
        if on_delete is None:
            on_delete = "cascade" if spec.required else "set_null"
        if spec.required and on_delete == "set_null":
            problems.add(
                f"{where}.on_delete",
                "set_null cannot apply to a required relation (it would have to become empty); use cascade, protect or restrict, or make the relation optional",
            )
    if spec.filter and spec.name in naming.CONTROL_PARAMETERS:
        problems.add(
            f"{where}.filter",
            f"{control_parameter_clash(spec.name)}; remove filter, or rename the relation",
        )
    if spec.related_name is not None and not naming.SNAKE_RE.match(spec.related_name):
        problems.add(f"{where}.related_name", f"{spec.related_name!r} is not lower_snake_case")
    if spec.subject and spec.to != "User":
        problems.add(
            f"{where}.subject",
            f"only a relation to User names the person a row is about, and this one is to {spec.to}; remove subject",
        )
    check_current_user(problems, where, spec)
    rel = Relation(
        name=spec.name,
        target_name=spec.to,
        kind=spec.kind,
        required=spec.required,
        on_delete=on_delete,
        related_name=spec.related_name or "",
        filter=spec.filter,
        help=spec.help,
        subject=spec.subject,
        current_user=spec.default == "current_user",
    )
    rel.spec = spec
    rel.where = where
    rel.source = entity
    return rel


def check_current_user(problems: Problems, where: str, spec: RelationSpec) -> None:
    """``default: current_user`` names one user: the signed-in one."""
    if spec.default is None:
        return
    if spec.to != "User":
        problems.add(
            f"{where}.default",
            f"current_user is a User, and this relation is to {spec.to}; remove default, or point the relation to User",
        )
    elif spec.kind == "many_to_many":
        problems.add(
            f"{where}.default",
            "current_user is one user, and this relation holds many; use kind many_to_one, or remove default",
        )


def link_relations(problems: Problems, entity: Entity, by_name: Mapping[str, Entity]) -> None:
    """Point each relation at its target entity, or None for User."""
    for rel in entity.relations:
        where = rel.where
        if rel.target_name == "User":
            rel.target = None
            continue
        target = by_name.get(rel.target_name)
        if target is None:
            options = [*by_name, "User"]
            problems.add(
                f"{where}.to",
                f"{rel.target_name!r} is not an entity of this genome{suggest(rel.target_name, options)}; expected one of {', '.join(options)}",
            )
            continue
        rel.target = target
        if target is entity:
            rel.self_target = True
            if rel.required:
                problems.add(
                    f"{where}.required",
                    f"a required relation from {entity.name} to itself can never be satisfied by the first row; make it optional",
                )
        if not entity.tenant and target.tenant:
            problems.add(
                f"{where}.to",
                f"{entity.name} is shared data (tenant: false) and cannot point to {target.name}, which belongs to a workspace",
            )


def check_related_names(problems: Problems, entities: list[Entity]) -> None:
    """Name each reverse accessor, and refuse those that clash."""
    incoming: dict[str, list[Relation]] = {}
    for entity in entities:
        for rel in entity.relations:
            if rel.target is None and rel.target_name != "User":
                continue
            incoming.setdefault(rel.target_name, []).append(rel)
    by_name = {e.name: e for e in entities}
    for target_name, rels in incoming.items():
        per_source: dict[tuple[str, str], int] = {}
        for rel in rels:
            key = (rel.source.name, target_name)
            per_source[key] = per_source.get(key, 0) + 1
        if target_name == "User":
            reserved = set(naming.USER_ATTRIBUTE_NAMES)
        else:
            target = by_name[target_name]
            reserved = {f.name for f in target.fields} | {r.name for r in target.relations}
            reserved |= naming.BASE_MODEL_NAMES | naming.MODEL_ATTRIBUTE_NAMES
        used: dict[str, Relation] = {}
        for rel in rels:
            source = rel.source
            if not rel.related_name:
                stem = source.snake if rel.kind == "one_to_one" else source.plural_snake
                twins = per_source[(source.name, target_name)] > 1
                rel.related_name = f"{rel.name}_{stem}" if twins else stem
                if rel.self_target and rel.kind == "many_to_many" and not twins:
                    rel.related_name = f"{rel.name}_of"
            given = rel.spec.related_name is not None
            where = f"{rel.where}.related_name" if given else f"{rel.where}.name"
            if rel.related_name in reserved:
                problems.add(
                    where,
                    f"the reverse accessor {target_name}.{rel.related_name} clashes with a name {target_name} already has; set related_name to another name",
                )
            elif rel.related_name in used:
                other = used[rel.related_name]
                problems.add(
                    where,
                    f"the reverse accessor {target_name}.{rel.related_name} is also made by {other.where}; set related_name on one of them",
                )
            elif rel.related_name in naming.PYTHON_KEYWORDS:
                problems.add(
                    where,
                    f"the reverse accessor {rel.related_name!r} is a Python keyword; set related_name",
                )
            used[rel.related_name] = rel
