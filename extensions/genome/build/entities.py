"""An entity of the genome: its names, its members, its display, ordering and groups."""

from __future__ import annotations

from .. import features, naming
from ..errors import Problems, suggest
from ..kinds import kind_of
from ..model import Entity
from ..spec import EntitySpec
from .fields import build_field
from .names import check_old_name
from .relations import build_relation
from .rules import build_rules

MAX_ENTITY_NAME = naming.MAX_ENTITY_NAME


def build_entity(problems: Problems, index: int, spec: EntitySpec) -> Entity | None:
    where = f"entities[{index}]"
    if spec.removed:
        return None
    wrong = name_problem(spec.name)
    if wrong:
        problems.add(f"{where}.name", wrong)
        return None
    check_old_name(problems, f"{where}.renamed_from", spec.renamed_from, naming.PASCAL_RE)
    if spec.plural and not naming.PASCAL_RE.match(spec.plural):
        problems.add(f"{where}.plural", f"{spec.plural!r} is not PascalCase such as 'People'")
    if spec.app_label:
        check_app_label(problems, f"{where}.app_label", naming.entity_app_label(spec))
    entity = new_entity(spec)
    entity.spec = spec
    entity.where = where
    add_members(problems, entity)
    finish_entity(problems, where, spec, entity)
    build_rules(problems, entity)
    return entity


def name_problem(name: str) -> str:
    """What is wrong with an entity's name, or ""."""
    if not naming.PASCAL_RE.match(name) or name in {"None", "True", "False"}:
        return f"{name!r} is not a PascalCase singular name such as 'Task' or 'BloodPressure'"
    if len(name) > MAX_ENTITY_NAME:
        return f"{name!r} is {len(name)} characters; entity names are at most {MAX_ENTITY_NAME}, so that the classes made from them stay readable; shorten it"
    if name in features.RESERVED_ENTITY_NAMES:
        return f"{name!r} belongs to the generated project, for {features.RESERVED_ENTITY_NAMES[name]}; rename the entity"
    if name in naming.IMPORTED_NAMES:
        return f"{name!r} would shadow a class the generated code imports; choose another name, such as '{name}Record'"
    return ""


def check_app_label(problems: Problems, where: str, app_label: str) -> None:
    if not naming.SNAKE_RE.match(app_label):
        problems.add(where, f"{app_label!r} is not lower_snake_case")
    elif app_label in features.RESERVED_APP_LABELS:
        problems.add(
            where,
            f"the app label {app_label!r} is taken by Django or the generated project; choose another, such as '{app_label}_app', or leave app_label out",
        )
    elif len(app_label) > naming.MAX_APP_LABEL:
        problems.add(
            where,
            f"the app label {app_label!r} is longer than {naming.MAX_APP_LABEL} characters, PostgreSQL's limit for the names of its tables; shorten it, or leave app_label out",
        )


def new_entity(spec: EntitySpec) -> Entity:
    name = spec.name
    plural = spec.plural or naming.pluralize(name)
    return Entity(
        name=name,
        plural=plural,
        snake=naming.snake(name),
        plural_snake=naming.snake(plural),
        app_label=naming.entity_app_label(spec),
        url=naming.kebab(plural),
        verbose_name=" ".join(naming.words(name)),
        verbose_name_plural=" ".join(naming.words(plural)),
        description=(spec.description or "").strip(),
        tenant=spec.tenant,
        api=spec.api,
        display="id",
        soft_delete=spec.soft_delete,
        audit=spec.audit,
        ordering=[],
        permissions={},
    )


def add_members(problems: Problems, entity: Entity) -> None:
    """The entity's fields and relations, each name and column claimed once."""
    spec, where = entity.spec, entity.where
    taken: dict[str, str] = {}
    for j, fspec in enumerate(spec.fields):
        built = build_field(problems, f"{where}.fields[{j}]", fspec)
        if built is not None:
            claim(problems, taken, built.name, f"{where}.fields[{j}].name")
            entity.fields.append(built)
    columns: dict[str, str] = {}
    for j, rspec in enumerate(spec.relations):
        rel = build_relation(problems, f"{where}.relations[{j}]", rspec, entity)
        if rel is not None:
            here = f"{where}.relations[{j}].name"
            claim(problems, taken, rel.name, here)
            column = f"{rel.name}_id"
            if column in taken:
                problems.add(
                    here,
                    f"its column {column!r} clashes with the name {column!r} at {taken[column]}; rename one of them",
                )
            if rel.name in columns:
                problems.add(
                    here,
                    f"the name {rel.name!r} is the column of the relation at {columns[rel.name]}; rename one of them",
                )
            columns[column] = here
            entity.relations.append(rel)


def claim(problems: Problems, taken: dict[str, str], name: str, where: str) -> None:
    if name in taken:
        problems.add(
            where,
            f"the name {name!r} is already used at {taken[name]}; names of fields and relations must be unique within an entity",
        )
    else:
        taken[name] = where


def finish_entity(problems: Problems, where: str, spec: EntitySpec, entity: Entity) -> None:
    """The display, ordering and unique_together, checked against the members."""
    entity.display = display(problems, where, spec, entity)
    entity.ordering = ordering(problems, where, spec, entity)
    groupable = {f.name for f in entity.fields} | {r.name for r in entity.relations if not r.many}
    for k, group in enumerate(spec.unique_together):
        if len(group) < 2:
            problems.add(
                f"{where}.unique_together[{k}]", "needs two or more names; for one field use unique: true"
            )
        for m, item in enumerate(group):
            if item not in groupable:
                problems.add(
                    f"{where}.unique_together[{k}][{m}]",
                    f"{item!r} is not a field or many_to_one relation of {entity.name}{suggest(item, groupable)}",
                )
        if len(set(group)) != len(group):
            problems.add(f"{where}.unique_together[{k}]", "names a field twice")
    entity.unique_together = [list(g) for g in spec.unique_together]


def display(problems: Problems, where: str, spec: EntitySpec, entity: Entity) -> str:
    names = {f.name: f for f in entity.fields}
    if spec.display is None:
        return next((f.name for f in entity.fields if kind_of(f).value.display), "id")
    if spec.display in names or spec.display == "id":
        return spec.display
    if spec.display in {r.name for r in entity.relations}:
        hint = " (a relation cannot be the display)"
    else:
        hint = suggest(spec.display, names)
    problems.add(f"{where}.display", f"{spec.display!r} is not a field of {entity.name}{hint}")
    return entity.display


def ordering(problems: Problems, where: str, spec: EntitySpec, entity: Entity) -> list[str]:
    orderable = (
        {f.name for f in entity.fields}
        | {"id", "created_at", "updated_at"}
        | {r.name for r in entity.relations if not r.many}
    )
    given = spec.ordering if spec.ordering is not None else ["-created_at"]
    if spec.ordering == []:
        problems.add(
            f"{where}.ordering",
            "must list at least one field; leave it out for the default [-created_at]",
        )
    for k, item in enumerate(given):
        bare = item.removeprefix("-")
        if bare not in orderable:
            problems.add(
                f"{where}.ordering[{k}]",
                f"{bare!r} is not a field of {entity.name}{suggest(bare, orderable)}; prefix a field name with '-' for descending order",
            )
    return list(given)
