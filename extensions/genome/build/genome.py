"""The genome as a whole: its project, roles and entities, linked and ordered."""

from __future__ import annotations

from .. import features, naming
from ..errors import Problems
from ..model import Entity, Genome, Inline, Relation, RemovedApp, Role
from ..spec import GenomeSpec
from .entities import build_entity
from .permissions import check_permissions
from .relations import check_related_names, link_relations
from .stories import build_stories
from .visibility import check_visibility


def build_genome(problems: Problems, spec: GenomeSpec) -> Genome:
    slug = spec.project_slug or naming.project_slug(spec.project_name)
    check_project_slug(problems, slug)
    if spec.features.frontend and not spec.features.api_docs:
        problems.add(
            "features.frontend",
            "needs features.api_docs: the web app's typed client is made from the project's OpenAPI "
            "schema; set api_docs to true, or frontend to false",
        )
    if not spec.project_name.strip():
        problems.add("project_name", "must not be empty")
    roles = build_roles(problems, spec)
    entities = [build_entity(problems, i, e) for i, e in enumerate(spec.entities)]
    live = [e for e in entities if e is not None]
    if not any(not e.removed for e in spec.entities):
        problems.add("entities", "needs at least one entity that is not removed")
    check_entity_names(problems, live)
    by_name = {e.name: e for e in live}
    for entity in live:
        link_relations(problems, entity, by_name)
    cascade_soft_delete(live)
    check_related_names(problems, live)
    check_permissions(problems, live, roles)
    check_visibility(problems, live, roles)
    ordered = topological(problems, live)
    attach_inlines(ordered)
    stories = build_stories(problems, spec.stories, by_name, roles)
    return Genome(
        project_name=spec.project_name.strip(),
        project_slug=slug,
        description=spec.description.strip(),
        features=spec.features,
        compliance=list(dict.fromkeys(spec.compliance)),
        roles=[Role(r, naming.upper_snake(r), naming.title(r)) for r in roles],
        entities=ordered,
        stories=stories,
        removed_apps=[RemovedApp(e.name, naming.entity_app_label(e)) for e in spec.entities if e.removed],
    )


def check_project_slug(problems: Problems, slug: str) -> None:
    if not naming.SNAKE_RE.match(slug):
        problems.add(
            "project_slug",
            f"{slug!r} is not lower_snake_case ASCII starting with a letter, such as "
            f"{naming.project_slug(slug)!r}; correct it, or leave project_slug out to derive it from project_name",
        )
    elif slug in naming.PYTHON_KEYWORDS:
        problems.add(
            "project_slug",
            f"{slug!r} is a Python keyword; choose another project_slug, such as '{slug}_project'",
        )
    elif slug in features.RESERVED_APP_LABELS:
        problems.add(
            "project_slug",
            f"{slug!r} is taken by Django or the generated project; choose another project_slug, such as '{slug}_project'",
        )


def build_roles(problems: Problems, spec: GenomeSpec) -> list[str]:
    roles = list(spec.roles)
    if not roles:
        problems.add("roles", "must list at least one role, most privileged first, such as [owner, member]")
    seen: set[str] = set()
    for i, role in enumerate(roles):
        if not naming.SNAKE_RE.match(role):
            problems.add(
                f"roles[{i}]",
                f"{role!r} is not a role name; use lower_snake_case such as 'billing_admin'",
            )
        if role in seen:
            problems.add(f"roles[{i}]", f"{role!r} is listed twice")
        seen.add(role)
    return roles


def check_entity_names(problems: Problems, entities: list[Entity]) -> None:
    """Names, app labels and URLs distinct between entities, and free of the project's."""
    seen: dict[str, Entity] = {}
    labels: dict[str, Entity] = {}
    urls: dict[str, Entity] = {}
    for entity in entities:
        where = entity.where
        if entity.name.lower() in seen:
            problems.add(
                f"{where}.name",
                f"{entity.name!r} is declared twice (also at {seen[entity.name.lower()].where})",
            )
            continue
        seen[entity.name.lower()] = entity
        if entity.app_label in labels:
            problems.add(
                f"{where}.app_label",
                f"the app label {entity.app_label!r} is also used by {labels[entity.app_label].name}; set a distinct app_label on one of them",
            )
        labels[entity.app_label] = entity
        if entity.url in features.RESERVED_URLS:
            problems.add(
                f"{where}.plural",
                f"the URL /api/v1/{entity.url}/ is the generated project's, for {features.RESERVED_URLS[entity.url]}; "
                f"set plural to another PascalCase plural, such as {alternative_plural(entity)!r}",
            )
        elif entity.url in features.RESERVED_PAGES:
            problems.add(
                f"{where}.plural",
                f"the web app's page /{entity.url} is the generated project's, for "
                f"{features.RESERVED_PAGES[entity.url]}; set plural to another PascalCase plural, "
                f"such as {alternative_plural(entity)!r}",
            )
        elif entity.url in urls:
            problems.add(
                f"{where}.plural",
                f"the URL /api/v1/{entity.url}/ is also used by {urls[entity.url].name}; set a distinct plural",
            )
        urls[entity.url] = entity


def alternative_plural(entity: Entity) -> str:
    """A plural to suggest when the entity's URL is one the project owns."""
    plural = naming.pluralize(entity.name)
    return plural if plural != entity.plural else f"{entity.name}Records"


def topological(problems: Problems, entities: list[Entity]) -> list[Entity]:
    """Entities ordered so that what a required relation points to comes first."""
    order: list[Entity] = []
    state: dict[str, int] = {}

    def visit(entity: Entity, trail: list[str]) -> None:
        mark = state.get(entity.name, 0)
        if mark == 2:
            return
        if mark == 1:
            cycle = " -> ".join([*trail[trail.index(entity.name) :], entity.name])
            problems.add(
                f"{entity.where}.relations",
                f"required relations form a cycle ({cycle}), so no row could be created first; make one of them optional",
            )
            return
        state[entity.name] = 1
        for rel in entity.relations:
            if rel.required and not rel.many and rel.target is not None and rel.target is not entity:
                visit(rel.target, [*trail, entity.name])
        state[entity.name] = 2
        order.append(entity)

    for entity in entities:
        visit(entity, [])
    return order


def cascade_soft_delete(entities: list[Entity]) -> None:
    """An entity soft-deletes when a cascade relation ties it to one that does.

    Its rows are soft-deleted with the row they point to, as ``delete()`` would
    delete them, so a deleted patient's visits leave the API with the patient.
    """
    changed = True
    while changed:
        changed = False
        for entity in entities:
            if not entity.soft_delete and any(
                rel.target is not None and rel.target.soft_delete and rel.on_delete == "cascade"
                for rel in entity.relations
            ):
                entity.soft_delete = True
                changed = True


def attach_inlines(entities: list[Entity]) -> None:
    """Each many-to-one relation between entities of the same scope becomes an
    admin inline on its target, listing the source's identifying fields."""
    for entity in entities:
        for rel in entity.relations:
            if (
                rel.target is not None
                and rel.target is not entity
                and rel.target.tenant == entity.tenant
                and rel.kind == "many_to_one"
            ):
                twins = (
                    sum(1 for r in entity.relations if r.target is rel.target and r.kind == "many_to_one") > 1
                )
                rel.target.inlines.append(
                    Inline(
                        class_name=f"{entity.name}{naming.pascal(rel.name)}Inline"
                        if twins
                        else f"{entity.name}Inline",
                        source=entity,
                        fk_name=rel.name,
                        fields=_inline_fields(entity, rel),
                    )
                )


def _inline_fields(entity: Entity, rel: Relation) -> list[str]:
    """The display field, the required fields and relations: those staff write."""
    written = [f for f in entity.fields if not f.server_set]
    names = [entity.display] if entity.display in {f.name for f in written} else []
    names += [f.name for f in written if f.required and f.name not in names]
    names += [r.name for r in entity.relations if r.required and r is not rel and not r.many]
    return names or [f.name for f in written[:1]]
