"""The view of an entity's generated API tests (``generated/tests/test_views.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import kind_of
from ..model import Entity, Field, Genome, Relation
from ..pycode import Call, Imports, Kw, Node, Pair, Raw, Seq, def_header, py_str, str_tuple
from . import common


@dataclass(frozen=True)
class RelationFilter:
    """A test that the list filters by a relation: a row pointing to ``wanted`` is
    found, another is not."""

    header: str
    wanted: Node  # the related row
    row: Node  # the row pointing to it
    response: Node  # the filtered list


@dataclass(frozen=True)
class CurrentUserTests:
    """A relation the signed-in user fills: set on create, kept on update, whatever
    the body says."""

    relation: str
    create_header: str
    update_header: str


@dataclass(frozen=True)
class ViewTests:
    """What the API tests of one entity vary by: their imports, the clients of
    each kind of request, the fields each list test is parametrized over, and the
    expressions long names make long."""

    imports: str
    fixtures: tuple[common.ActorFixture, ...]
    # The parametrize decorators over the fields each test runs on, or "".
    filter_by_value: str
    filter_by_list_item: str
    search: str
    ordering: str
    searched: Node | None  # the searched names
    relation_filters: tuple[RelationFilter, ...]
    foreign: Node | None  # a relation to another workspace's row
    batch: str  # rows of a page with every relation the list reads, created as a statement
    current_user: tuple[CurrentUserTests, ...]
    # The parametrize decorators over the read_only and the auto fields, or "".
    read_only: str
    auto: str
    # ``(field, current, new)`` for each change a field's transitions allow, and
    # ``pytest.param(field, current, new, message)`` for one they refuse from each value.
    allowed_changes: tuple[Node, ...]
    refused_changes: tuple[Node, ...]
    # Whether the ``reader`` and the ``updater`` read different fields (visible_to).
    readers_differ: bool


def build(genome: Genome, entity: Entity) -> ViewTests:
    readable = read_by_reader(genome, entity)
    searched = [f.name for f in readable if f.search]
    first = next(iter(common.foreign_relations(entity)), None) if entity.writable else None
    foreign = Seq([Pair(py_str(first.name), common.foreign_value(first))], ("{", "}")) if first else None
    return ViewTests(
        imports=imports(entity, first, readable).render(),
        fixtures=tuple(common.actor_fixtures(genome, entity).values()),
        filter_by_value=common.parametrize(exact_filters(readable)),
        filter_by_list_item=common.parametrize(list_filters(readable)),
        search=common.parametrize(searched),
        ordering=common.parametrize([f.name for f in readable if f.order]),
        searched=str_tuple(searched) if searched else None,
        relation_filters=tuple(relation_filter(entity, r) for r in entity.relations if r.filter),
        foreign=foreign,
        batch=common.printed(batch(entity), indent=2),
        current_user=tuple(current_user_tests(r) for r in current_user_relations(entity)),
        read_only=common.parametrize([f.name for f in read_only_fields(entity)]),
        auto=common.parametrize([f.name for f in entity.fields if f.auto and entity.writable]),
        allowed_changes=tuple(allowed_changes(entity)) if entity.writable else (),
        refused_changes=tuple(refused_changes(entity)) if entity.writable else (),
        readers_differ=entity.writable and readable != read_by(genome, entity, ("update",)),
    )


def current_user_relations(entity: Entity) -> list[Relation]:
    return [r for r in entity.relations if r.current_user] if entity.writable else []


def read_only_fields(entity: Entity) -> list[Field]:
    """Fields the API must not write, sent a value of their own (files aside)."""
    if not entity.writable:
        return []
    return [f for f in entity.fields if f.read_only and not f.auto and not kind_of(f).value.upload]


def current_user_tests(rel: Relation) -> CurrentUserTests:
    return CurrentUserTests(
        relation=rel.name,
        create_header=def_header(f"test_{rel.name}_is_the_user_who_creates_the_row", "creator", "workspace"),
        update_header=def_header(f"test_{rel.name}_is_kept_by_an_update", "updater", "workspace"),
    )


def allowed_changes(entity: Entity) -> list[Node]:
    return [
        str_tuple([field.name, current, new])
        for field in entity.fields
        for current, allowed in field.transitions.items()
        for new in allowed
    ]


def refused_changes(entity: Entity) -> list[Node]:
    """The first value each value may not change to (none when it may change to all)."""
    params: list[Node] = []
    for field in entity.fields:
        for current, allowed in field.transitions.items():
            new = next((v for v in field.transitions if v not in (current, *allowed)), None)
            if new is None:
                continue
            message = refusal(field, current, new, allowed)
            args = [py_str(v) for v in (field.name, current, new, message)]
            params.append(Call("pytest.param", [*args, Kw("id", py_str(f"{field.name}-{current}-{new}"))]))
    return params


def refusal(field: Field, current: str, new: str, allowed: tuple[str, ...]) -> str:
    """The message apps/core/serializers.py refuses the change with."""
    label = field.name.replace("_", " ").capitalize()  # Django's verbose name, capitalised
    refused = f'{label} cannot change from "{current}" to "{new}"'
    if not allowed:
        return f'{refused}; "{current}" is final.'
    nexts = ", ".join(f'"{value}"' for value in allowed)
    return f'{refused}; from "{current}" it may change to: {nexts}.'


def read_by_reader(genome: Genome, entity: Entity) -> list[Field]:
    """The fields the ``reader`` fixture's role reads (test_visibility.py tries the
    others)."""
    return read_by(genome, entity, ("list", "retrieve"))


def read_by(genome: Genome, entity: Entity, actions: tuple[str, ...]) -> list[Field]:
    """The fields the role of the fixture for ``actions`` reads: those whose
    visible_to lists it or that have none."""
    role = next(iter(common.roles_allowed(genome, entity, actions)), None)
    return [f for f in entity.fields if not f.visible_to or role in f.visible_to]


def exact_filters(fields: list[Field]) -> list[str]:
    return [f.name for f in fields if "exact" in f.lookups]


def list_filters(fields: list[Field]) -> list[str]:
    return [f.name for f in fields if f.lookups and array_bare(f) in f.lookups]


def array_bare(field: Field) -> str:
    """The lookup of an array field's bare parameter, or "" for other fields."""
    family = kind_of(field).query.lookups
    return family.bare if family.array else ""


def imports(entity: Entity, foreign: Relation | None, readable: list[Field]) -> Imports:
    name, app = entity.name, entity.app_label
    imports = Imports().add("pytest").add("rest_framework", "status")
    imports.add(f"apps.{app}.generated.factories", f"{name}Factory")
    imports.add("django.db", "connection").add("django.test.utils", "CaptureQueriesContext")
    if entity.writable:
        imports.add("apps.core.testing", "request_kwargs")
        imports.add(f"apps.{app}.generated.tests.payloads", "payload")
    if exact_filters(readable) or list_filters(readable) or read_only_fields(entity):
        imports.add(f"apps.{app}.serializers", f"{name}Serializer")
    if read_only_fields(entity):
        imports.add("apps.core.testing", "default_of", "other_value")
    if current_user_relations(entity):
        imports.add("apps.core.testing", "member_of")
    if entity.writable or any(f.order or f.search for f in entity.fields):
        imports.add(f"apps.{app}.models", name)
    related = [*entity.relations_many, *(r for r in entity.relations if r.filter)]
    for rel in [*related, *([foreign] if foreign else [])]:
        if rel.target is None:
            imports.add("apps.core.testing", "member_of")
        elif rel.target is not entity:
            imports.add(f"apps.{rel.target.app_label}.generated.factories", f"{rel.target.name}Factory")
    return imports


def batch(entity: Entity) -> Call:
    """``create_batch`` of ``rows`` rows that fill every relation the list reads."""
    args: list[Node | str] = ["rows", *(["workspace=workspace"] * entity.tenant)]
    if common.has_factory_traits(entity):
        args.append("full=True")
    for rel in entity.relations_many:
        if rel.target is None:
            args.append(f"{rel.name}=[member_of(workspace)]")
        else:
            scope = [Kw("workspace", "workspace")] if rel.target.tenant else []
            args.append(Kw(rel.name, Seq([Call(f"{rel.target.name}Factory.create", scope)])))
    for rel in entity.relations:
        # The factory leaves an optional relation to its own entity empty (it would
        # recurse); the query count must see it followed.
        if rel.target is entity and rel.kind == "many_to_one" and not rel.required:
            scope = [Kw("workspace", "workspace")] if entity.tenant else []
            args.append(Kw(rel.name, Call(f"{entity.name}Factory.create", scope)))
    return Call(f"{entity.name}Factory.create_batch", args)


def relation_filter(entity: Entity, rel: Relation) -> RelationFilter:
    if rel.target is None:
        wanted = "member_of(workspace)"
    elif rel.target.tenant:
        wanted = f"{rel.target.name}Factory.create(workspace=workspace)"
    else:
        wanted = f"{rel.target.name}Factory.create()"
    scope = [Raw("workspace=workspace")] if entity.tenant else []
    row = Call(f"{entity.name}Factory.create", [*scope, Kw(rel.name, "[wanted]" if rel.many else "wanted")])
    query = Seq([Pair(py_str(rel.name), "wanted.pk")], ("{", "}"))
    return RelationFilter(
        header=def_header(f"test_filter_by_{rel.name}", "member_client", "workspace"),
        wanted=Raw(wanted),
        row=row,
        response=Call("member_client.get", ["URL", query]),
    )
