"""The view of an entity's soft-delete tests (``generated/tests/test_soft_delete.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome, Relation
from ..pycode import Call, Imports, Kw, Node, def_header, py_str
from . import common


@dataclass(frozen=True)
class NullRelation:
    """A test that another entity's row reads its relation to a soft-deleted row as null."""

    header: str
    relation: str
    row: Node  # the row pointing to a deleted one
    response: Node  # the API's answer for it


@dataclass(frozen=True)
class Cascade:
    """A test that the rows a relation cascades from are soft-deleted and restored
    with the row."""

    header: str
    model: str  # the related model
    child: Node  # a related row
    # For a many-to-one relation from another entity, another such row is deleted
    # before: the restore leaves it deleted.
    earlier: bool


@dataclass(frozen=True)
class ProtectedPurge:
    """A test that the purge keeps a deleted row a protect or restrict relation holds."""

    header: str
    holder: str  # the row that holds it, created as a statement


@dataclass(frozen=True)
class SoftDeleteTests:
    """What the soft-delete tests of one entity vary by."""

    imports: str
    fixtures: tuple[common.ActorFixture, ...]
    null_relations: tuple[NullRelation, ...]
    cascades: tuple[Cascade, ...]
    protected: ProtectedPurge | None
    unique: str  # a unique field that a deleted row frees, or ""
    unique_taker: str  # a live row taking its value, created as a statement


def build(genome: Genome, entity: Entity) -> SoftDeleteTests:
    imports = base_imports(genome, entity)
    fixtures = common.actor_fixtures(genome, entity)
    wanted = ["reader"] if entity.routed else []
    wanted += ["deleter"] if entity.writable else []
    unique = next((f.name for f in entity.fields if f.unique), "")
    taker = ""
    if unique:
        imports.add("django.core.exceptions", "ValidationError")
        scope = [Kw("workspace", "workspace")] if entity.tenant else []
        taker = common.printed(Call(f"{entity.name}Factory.create", [*scope, Kw(unique, f"row.{unique}")]))
    return SoftDeleteTests(
        fixtures=tuple(fixtures[w] for w in wanted),
        null_relations=tuple(null_relations(genome, entity, imports)),
        cascades=tuple(cascades(genome, entity, imports)),
        protected=protected_purge(genome, entity, imports),
        unique=unique,
        unique_taker=taker,
        imports=imports.render(),
    )


def base_imports(genome: Genome, entity: Entity) -> Imports:
    imports = Imports().add("pytest").add("datetime", "timedelta").add("io", "StringIO")
    imports.add("django.core.management", "call_command").add("django.utils", "timezone")
    imports.add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
    imports.add(f"apps.{entity.app_label}.models", entity.name)
    if entity.routed or genome.features.admin:
        imports.add("rest_framework", "status")
    if genome.features.admin:
        imports.add("django.urls", "reverse_lazy").add("apps.users.factories", "UserFactory")
    return imports


def pointing_to(genome: Genome, entity: Entity) -> list[tuple[Entity, Relation]]:
    """The relations to ``entity`` that hold one row, with the entity that has each."""
    return [
        (source, rel)
        for source in genome.entities
        for rel in source.relations
        if rel.target is entity and not rel.many
    ]


def null_relations(genome: Genome, entity: Entity, imports: Imports) -> list[NullRelation]:
    tests = []
    for source, rel in pointing_to(genome, entity):
        if not source.routed or source is entity:
            continue
        readers = [r.value for r in genome.roles if r.value in source.permissions["retrieve"]]
        if source.tenant and not readers:
            continue
        fixture = "client_for_role" if source.tenant else "member_client"
        client = f"client_for_role({py_str(readers[0])})" if source.tenant else fixture
        scope = [Kw("workspace", "workspace")] if source.tenant else []
        imports.add(f"apps.{source.app_label}.generated.factories", f"{source.name}Factory")
        row = Call(f"{source.name}Factory.create", [*scope, Kw(rel.name, "deleted_row(workspace)")])
        get = Call(f"{client}.get", [f'f"/api/v1/{source.url}/{{row.pk}}/"'])
        header = def_header(f"test_{source.snake}_{rel.name}_reads_null_once_deleted", fixture, "workspace")
        tests.append(
            NullRelation(
                header=header,
                relation=rel.name,
                row=row,
                response=get,
            )
        )
    return tests


def cascades(genome: Genome, entity: Entity, imports: Imports) -> list[Cascade]:
    tests = []
    for source, rel in pointing_to(genome, entity):
        if rel.on_delete != "cascade":
            continue
        factory = f"{source.name}Factory"
        imports.add(f"apps.{source.app_label}.generated.factories", factory)
        imports.add(f"apps.{source.app_label}.models", source.name)
        imports.add("django.core.exceptions", "ValidationError")
        scope = [Kw("workspace", "workspace")] if source.tenant else []
        child = Call(f"{factory}.create", [*scope, Kw(rel.name, "row")])
        earlier = rel.kind == "many_to_one" and source is not entity
        tests.append(
            Cascade(
                header=def_header(
                    f"test_{source.snake}_{rel.name}_rows_go_and_come_back_with_it", "workspace"
                ),
                model=source.name,
                child=child,
                earlier=earlier,
            )
        )
    return tests


def protected_purge(genome: Genome, entity: Entity, imports: Imports) -> ProtectedPurge | None:
    holders = [(s, r) for s, r in pointing_to(genome, entity) if r.on_delete in {"protect", "restrict"}]
    if not holders:
        return None
    source, rel = holders[0]
    factory = f"{source.name}Factory"
    if source is not entity:
        imports.add(f"apps.{source.app_label}.generated.factories", factory)
    scope = [Kw("workspace", "workspace")] if source.tenant else []
    return ProtectedPurge(
        header=def_header(
            f"test_purge_keeps_what_{source.snake}_{rel.name}_protects", "workspace", "settings", "caplog"
        ),
        holder=common.printed(Call(f"{factory}.create", [*scope, Kw(rel.name, "old")])),
    )
