"""Rules for changing a genome: compare the previous answers with the new genome.

An update must never drop data silently. Before copier writes anything, an entity,
field or relation that is in the previous genome and simply gone from the new one
is refused, with how to confirm (``removed: true``) or rename (``renamed_from``);
so is a new required field without a default for the rows that exist.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from . import naming
from .spec import EntitySpec, FieldSpec, GenomeSpec, RelationSpec


@dataclass
class Renames:
    """What the update renames, per app label, for the migrations."""

    models: dict[str, tuple[str, str]] = field(default_factory=dict)
    fields: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)


def previous_spec(answers: Mapping[str, Any]) -> GenomeSpec | None:
    """The genome of the previous answers, or None if it does not parse today."""
    data = {key: answers[key] for key in GenomeSpec.model_fields if answers.get(key) is not None}
    try:
        return GenomeSpec.model_validate(data)
    except ValidationError:
        return None


def _live(items):
    return {item.name: item for item in items if not item.removed}


def check_changes(old: GenomeSpec, new: GenomeSpec) -> list[tuple[str, str]]:
    problems: list[tuple[str, str]] = []
    old_entities = _live(old.entities)
    new_by_name = {e.name: (i, e) for i, e in enumerate(new.entities)}
    renamed = {e.renamed_from: (i, e) for i, e in enumerate(new.entities) if e.renamed_from and not e.removed}

    for name, old_entity in old_entities.items():
        if name in renamed:
            index, entity = renamed[name]
            old_label = naming.entity_app_label(old_entity)
            if naming.entity_app_label(entity) != old_label:
                problems.append(
                    (
                        f"entities[{index}].app_label",
                        f"a renamed entity keeps its app, its tables and their history; add app_label: {old_label}",
                    )
                )
            problems += _check_members(index, old_entity, entity)
        elif name in new_by_name:
            index, entity = new_by_name[name]
            if not entity.removed:
                problems += _check_members(index, old_entity, entity)
        else:
            problems.append(
                (
                    "entities",
                    f"{name} is in the previous genome and gone from this one. To drop it and all its "
                    f"rows, keep it as {{name: {name}, removed: true}}; to rename it, add "
                    f"renamed_from: {name} to the entity that replaces it.",
                )
            )

    old_names = set(old_entities) | {e.name for e in old.entities}
    for index, entity in enumerate(new.entities):
        if entity.renamed_from and entity.renamed_from not in old_names and entity.name not in old_names:
            problems.append(
                (
                    f"entities[{index}].renamed_from",
                    f"there is no entity {entity.renamed_from} in the previous genome; remove renamed_from",
                )
            )
    return problems


def _check_members(index: int, old: EntitySpec, new: EntitySpec) -> list[tuple[str, str]]:
    where = f"entities[{index}]"
    problems = _check_kind(f"{where}.fields", "field", old.fields, new.fields, new.name)
    problems += _check_kind(f"{where}.relations", "relation", old.relations, new.relations, new.name)
    old_names = {f.name for f in old.fields}
    for position, spec in enumerate(new.fields):
        fresh = spec.name not in old_names and not spec.renamed_from and not spec.removed
        if not fresh or not spec.required or "default" in spec.model_fields_set or spec.auto == "now":
            continue
        if spec.auto == "now_add":
            problems.append(
                (
                    f"{where}.fields[{position}].auto",
                    f"{new.name} may already have rows, which have no creation time for a new required "
                    "auto: now_add field: add it optional, or use auto: now (the migration's time fills them)",
                )
            )
        else:
            problems.append(
                (
                    f"{where}.fields[{position}].default",
                    f"{new.name} may already have rows, and a new required field needs a value for "
                    "them: add a default (it fills the existing rows), or make the field optional",
                )
            )
    old_relations = {r.name for r in old.relations}
    for position, spec in enumerate(new.relations):
        fresh = spec.name not in old_relations and not spec.renamed_from and not spec.removed
        if fresh and spec.required and spec.kind != "many_to_many":
            problems.append(
                (
                    f"{where}.relations[{position}].required",
                    f"{new.name} may already have rows, which a new required relation cannot point "
                    "anywhere: add it optional, fill it in, then make it required",
                )
            )
    return problems


def _check_kind(
    where: str,
    noun: str,
    old_items: list[FieldSpec] | list[RelationSpec],
    new_items: list[FieldSpec] | list[RelationSpec],
    entity: str,
) -> list[tuple[str, str]]:
    new_names = {item.name for item in new_items}
    renamed_from = {item.renamed_from for item in new_items if item.renamed_from and not item.removed}
    problems = []
    for name in _live(old_items):
        if name not in new_names and name not in renamed_from:
            problems.append(
                (
                    where,
                    f"the {noun} {entity}.{name} is in the previous genome and gone from this one. To drop "
                    f"it and its data, keep it as {{name: {name}, removed: true}}; to rename it, add "
                    f"renamed_from: {name} to the {noun} that replaces it.",
                )
            )
    old_names = {item.name for item in old_items}
    for position, item in enumerate(new_items):
        if item.renamed_from and item.renamed_from not in old_names and item.name not in old_names:
            problems.append(
                (
                    f"{where}[{position}].renamed_from",
                    f"there is no {noun} {item.renamed_from} on {entity} in the previous genome; "
                    "remove renamed_from",
                )
            )
    return problems


def renames(old: GenomeSpec, new: GenomeSpec) -> Renames:
    """Model, field and relation renames from ``old`` to ``new``, per app label."""
    result = Renames()
    old_entities = _live(old.entities)
    for entity in new.entities:
        if entity.removed:
            continue
        label = naming.entity_app_label(entity)
        previous = old_entities.get(entity.renamed_from or "") or old_entities.get(entity.name)
        if previous is None:
            continue
        if entity.renamed_from and entity.renamed_from in old_entities:
            result.models[label] = (entity.renamed_from, entity.name)
        old_members = {m.name for m in [*previous.fields, *previous.relations] if not m.removed}
        for member in [*entity.fields, *entity.relations]:
            if member.renamed_from and member.renamed_from in old_members and member.name not in old_members:
                result.fields.setdefault(label, []).append((entity.name, member.renamed_from, member.name))
    return result


def tombstoned(old: GenomeSpec, new: GenomeSpec) -> list[str]:
    """App labels of the entities this update removes (live before, ``removed`` now)."""
    live = _live(old.entities)
    return [
        naming.entity_app_label(entity) for entity in new.entities if entity.removed and entity.name in live
    ]
