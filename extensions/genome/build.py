"""Validate a genome and normalise it into the objects templates read."""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from . import naming, values
from .changes import check_changes, previous_spec
from .errors import GenomeError, from_validation_error, suggest
from .kinds import KINDS, choice_values, decimal_shape
from .kinds.numbers import INT_RANGE
from .model import Entity, Field, Genome, Inline, Relation, RemovedApp, Role, Story
from .spec import (
    ACTIONS,
    EXTRA_KEYS,
    FIELD_TYPES,
    LIST_ITEM_TYPES,
    TOP_LEVEL_KEYS,
    TYPE_KEYS,
    EntitySpec,
    FieldSpec,
    GenomeSpec,
    RelationSpec,
)

MAX_ENTITY_NAME = naming.MAX_ENTITY_NAME
MAX_COLUMN = naming.MAX_COLUMN
STORY_LINE = re.compile(
    r"^\s*(?P<role>\w+)\s+(?P<verb>can|cannot)\s+(?P<action>\w+)\s+(?P<entity>\w+)\s*\.?\s*$"
)


class Builder:
    def __init__(self, spec: GenomeSpec):
        self.spec = spec
        self.problems: list[tuple[str, str]] = []

    def problem(self, where: str, message: str) -> None:
        self.problems.append((where, message))

    # ------------------------------------------------------------------ top
    def build(self) -> Genome:
        spec = self.spec
        slug = spec.project_slug or naming.project_slug(spec.project_name)
        if not naming.SNAKE_RE.match(slug):
            self.problem(
                "project_slug",
                f"{slug!r} is not lower_snake_case ASCII starting with a letter, such as "
                f"{naming.project_slug(slug)!r}; correct it, or leave project_slug out to derive it from project_name",
            )
        elif slug in naming.PYTHON_KEYWORDS:
            self.problem(
                "project_slug",
                f"{slug!r} is a Python keyword; choose another project_slug, such as '{slug}_project'",
            )
        elif slug in naming.RESERVED_APP_LABELS:
            self.problem(
                "project_slug",
                f"{slug!r} is taken by Django or the generated project; choose another project_slug, such as '{slug}_project'",
            )
        if not spec.project_name.strip():
            self.problem("project_name", "must not be empty")
        roles = self.build_roles()
        entities = [self.build_entity(i, e) for i, e in enumerate(spec.entities)]
        live = [e for e in entities if e is not None]
        if not any(not e.removed for e in spec.entities):
            self.problem("entities", "needs at least one entity that is not removed")
        self.check_entity_names(live)
        by_name = {e.name: e for e in live}
        for entity in live:
            self.link_relations(entity, by_name)
        cascade_soft_delete(live)
        self.check_related_names(live)
        self.check_permissions(live, roles)
        ordered = self.topological(live)
        attach_inlines(ordered)
        stories = self.build_stories(by_name, roles)
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

    def build_roles(self) -> list[str]:
        roles = list(self.spec.roles)
        if not roles:
            self.problem(
                "roles", "must list at least one role, most privileged first, such as [owner, member]"
            )
        seen: set[str] = set()
        for i, role in enumerate(roles):
            if not naming.SNAKE_RE.match(role):
                self.problem(
                    f"roles[{i}]",
                    f"{role!r} is not a role name; use lower_snake_case such as 'billing_admin'",
                )
            if role in seen:
                self.problem(f"roles[{i}]", f"{role!r} is listed twice")
            seen.add(role)
        return roles

    # -------------------------------------------------------------- entity
    def build_entity(self, index: int, spec: EntitySpec) -> Entity | None:
        where = f"entities[{index}]"
        if spec.removed:
            return None
        name = spec.name
        if not naming.PASCAL_RE.match(name) or name in {"None", "True", "False"}:
            self.problem(
                f"{where}.name",
                f"{name!r} is not a PascalCase singular name such as 'Task' or 'BloodPressure'",
            )
            return None
        if len(name) > MAX_ENTITY_NAME:
            self.problem(
                f"{where}.name",
                f"{name!r} is {len(name)} characters; entity names are at most {MAX_ENTITY_NAME}, so that the classes made from them stay readable; shorten it",
            )
            return None
        if name in naming.RESERVED_ENTITY_NAMES:
            self.problem(
                f"{where}.name",
                f"{name!r} belongs to the generated project (User, Workspace, Membership and Invitation are built in, and AuditLog is the audit log of entities with `audit`); rename the entity",
            )
            return None
        if name in naming.IMPORTED_NAMES:
            self.problem(
                f"{where}.name",
                f"{name!r} would shadow a class the generated code imports; choose another name, such as '{name}Record'",
            )
            return None
        self.check_old_name(f"{where}.renamed_from", spec.renamed_from, naming.PASCAL_RE)
        plural = spec.plural or naming.pluralize(name)
        if spec.plural and not naming.PASCAL_RE.match(spec.plural):
            self.problem(f"{where}.plural", f"{spec.plural!r} is not PascalCase such as 'People'")
        snake = naming.snake(name)
        app_label = naming.entity_app_label(spec)
        if spec.app_label:
            if not naming.SNAKE_RE.match(app_label):
                self.problem(f"{where}.app_label", f"{app_label!r} is not lower_snake_case")
            elif app_label in naming.RESERVED_APP_LABELS:
                self.problem(
                    f"{where}.app_label",
                    f"the app label {app_label!r} is taken by Django or the generated project; choose another, such as '{app_label}_app', or leave app_label out",
                )
            elif len(app_label) > naming.MAX_APP_LABEL:
                self.problem(
                    f"{where}.app_label",
                    f"the app label {app_label!r} is longer than {naming.MAX_APP_LABEL} characters, PostgreSQL's limit for the names of its tables; shorten it, or leave app_label out",
                )
        entity = Entity(
            name=name,
            plural=plural,
            snake=snake,
            plural_snake=naming.snake(plural),
            app_label=app_label,
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
        entity.spec = spec
        entity.where = where
        taken: dict[str, str] = {}
        for j, fspec in enumerate(spec.fields):
            built = self.build_field(f"{where}.fields[{j}]", fspec, entity)
            if built is not None:
                self.claim(taken, built.name, f"{where}.fields[{j}].name")
                entity.fields.append(built)
        columns: dict[str, str] = {}
        for j, rspec in enumerate(spec.relations):
            rel = self.build_relation(f"{where}.relations[{j}]", rspec, entity)
            if rel is not None:
                here = f"{where}.relations[{j}].name"
                self.claim(taken, rel.name, here)
                column = f"{rel.name}_id"
                if column in taken:
                    self.problem(
                        here,
                        f"its column {column!r} clashes with the name {column!r} at {taken[column]}; rename one of them",
                    )
                if rel.name in columns:
                    self.problem(
                        here,
                        f"the name {rel.name!r} is the column of the relation at {columns[rel.name]}; rename one of them",
                    )
                columns[column] = here
                entity.relations.append(rel)
        self.finish_entity(where, spec, entity)
        return entity

    def check_old_name(self, where: str, old: str | None, shape) -> None:
        if old is not None and not shape.match(old):
            self.problem(where, f"{old!r} cannot be a previous name here; give the exact old name")

    def claim(self, taken: dict[str, str], name: str, where: str) -> None:
        if name in taken:
            self.problem(
                where,
                f"the name {name!r} is already used at {taken[name]}; names of fields and relations must be unique within an entity",
            )
        else:
            taken[name] = where

    def check_member_name(self, where: str, name: str, entity_spec: EntitySpec | None = None) -> bool:
        if not naming.SNAKE_RE.match(name):
            self.problem(where, f"{name!r} is not lower_snake_case such as 'due_date'")
            return False
        if name in naming.PYTHON_KEYWORDS:
            self.problem(where, f"{name!r} is a Python keyword; choose another name such as '{name}_value'")
            return False
        if name in naming.BASE_MODEL_NAMES:
            self.problem(
                where,
                f"{name!r} is already on every generated model (id, created_at, updated_at, workspace); choose another name",
            )
            return False
        if name in naming.MODEL_ATTRIBUTE_NAMES:
            self.problem(where, f"{name!r} would shadow a Django model attribute; choose another name")
            return False
        if len(name) > MAX_COLUMN:
            self.problem(
                where,
                f"{name!r} is longer than {MAX_COLUMN} characters, past what PostgreSQL keeps of a column name; shorten it",
            )
            return False
        return True

    def build_field(self, where: str, spec: FieldSpec, entity: Entity) -> Field | None:
        if spec.removed:
            return None
        if not self.check_member_name(f"{where}.name", spec.name):
            return None
        self.check_old_name(f"{where}.renamed_from", spec.renamed_from, naming.SNAKE_RE)
        kind = spec.type
        if kind is None:
            self.problem(f"{where}.type", f"is required (one of {', '.join(FIELD_TYPES)})")
            return None
        if kind not in FIELD_TYPES:
            self.problem(
                f"{where}.type",
                f"{kind!r} is not a field type{suggest(kind, FIELD_TYPES)}; expected one of {', '.join(FIELD_TYPES)}",
            )
            return None
        allowed = TYPE_KEYS[kind]
        for key in sorted((spec.given() & EXTRA_KEYS) - allowed):
            owners = [t for t, keys in TYPE_KEYS.items() if key in keys]
            self.problem(
                f"{where}.{key}",
                f"does not apply to {naming.article(kind)} field; it applies to: {', '.join(owners)}",
            )
        query = KINDS[kind].query
        lookups: list[str] = []
        if spec.filter:
            if query.lookups is None:
                self.problem(
                    f"{where}.filter", f"{naming.article(kind)} field cannot be filtered; remove filter"
                )
            elif spec.filter is True:
                lookups = list(query.lookups.default)
            else:
                accepted = query.lookups.accepted
                lookups = list(dict.fromkeys(spec.filter))
                for k, lookup in enumerate(lookups):
                    if lookup not in accepted:
                        self.problem(
                            f"{where}.filter[{k}]",
                            f"{lookup!r} is not a lookup for {naming.article(kind)} field{suggest(lookup, accepted)}; expected some of {', '.join(accepted)}",
                        )
        bare = "exact" in lookups or (kind == "list" and "contains" in lookups)
        if bare and spec.name in naming.CONTROL_PARAMETERS:
            fix = "[overlap]" if kind == "list" else "[in]"
            self.problem(
                f"{where}.filter",
                f"{control_parameter_clash(spec.name)}; remove filter, or list lookups that have their own parameter, such as {fix}",
            )
        if spec.search and not query.searchable:
            self.problem(
                f"{where}.search",
                f"{naming.article(kind)} field cannot be searched; search works on text fields (string, text, slug, email, url, choice, uuid)",
            )
        if spec.order and not query.orderable:
            self.problem(f"{where}.order", f"{naming.article(kind)} field cannot be ordered by; remove order")
        if kind in {"file", "image"} and spec.unique:
            self.problem(f"{where}.unique", f"{naming.article(kind)} field cannot be unique")
        field = Field(
            name=spec.name,
            type=kind,
            required=spec.required,
            unique=spec.unique,
            help=spec.help,
            index=spec.index,
            search=spec.search,
            order=spec.order,
            pii=spec.pii,
            phi=spec.phi,
            lookups=lookups,
            choices_class=choices_class(spec.name) if kind == "choice" else "",
        )
        field.spec = spec
        field.where = where
        self.check_type_keys(where, spec, field)
        return field

    def check_type_keys(self, where: str, spec: FieldSpec, field: Field) -> None:
        kind = spec.type
        bad = False
        for key in ("max_length", "min_length", "max_items", "max_size", "max_digits"):
            value = getattr(spec, key)
            if value is not None and value < (0 if key == "min_length" else 1):
                self.problem(
                    f"{where}.{key}",
                    f"must be {'zero or more' if key == 'min_length' else 'at least 1'}, got {value}",
                )
                bad = True
        if spec.decimal_places is not None and spec.decimal_places < 0:
            self.problem(f"{where}.decimal_places", f"must be zero or more, got {spec.decimal_places}")
            bad = True
        if spec.min_length is not None and spec.max_length is not None and spec.min_length > spec.max_length:
            self.problem(f"{where}.min_length", f"{spec.min_length} is above max_length {spec.max_length}")
            bad = True
        if spec.min is not None and spec.max is not None and spec.min > spec.max:
            self.problem(f"{where}.min", f"{spec.min} is above max {spec.max}")
            bad = True
        if kind in {"integer", "big_integer"}:
            for key in ("min", "max"):
                value = getattr(spec, key)
                if value is not None and (
                    not isinstance(value, int) or not INT_RANGE[kind][0] <= value <= INT_RANGE[kind][1]
                ):
                    self.problem(
                        f"{where}.{key}",
                        f"must be a whole number that fits {naming.article(kind)}, got {value}",
                    )
                    bad = True
        if kind == "decimal":
            digits, places = decimal_shape(spec)
            if places > digits:
                self.problem(
                    f"{where}.decimal_places",
                    f"{places} is above max_digits {digits}; a decimal cannot have more places than digits",
                )
                bad = True
            else:
                for key in ("min", "max"):
                    value = getattr(spec, key)
                    if value is not None and not values.fits_digits(Decimal(str(value)), digits, places):
                        self.problem(
                            f"{where}.{key}",
                            f"{value} does not fit max_digits={digits}, decimal_places={places}",
                        )
                        bad = True
        if kind == "choice":
            if not spec.choices:
                self.problem(
                    f"{where}.choices", "a choice field needs choices: a list of values, or of {value, label}"
                )
                bad = True
            else:
                seen: set[str] = set()
                for k, choice in enumerate(spec.choices):
                    value = choice if isinstance(choice, str) else choice.value
                    if not value.strip():
                        self.problem(f"{where}.choices[{k}]", "a choice value must not be empty")
                        bad = True
                    if value in seen:
                        self.problem(f"{where}.choices[{k}]", f"{value!r} is listed twice")
                        bad = True
                    seen.add(value)
                constants = [naming.upper_snake(c if isinstance(c, str) else c.value) for c in spec.choices]
                if len(set(constants)) != len(constants) and not bad:
                    self.problem(
                        f"{where}.choices",
                        "two values give the same Python name once punctuation is dropped; make them differ by letters or digits",
                    )
                    bad = True
        if kind == "list":
            if spec.of is None:
                self.problem(
                    f"{where}.of",
                    f"a list field needs 'of', the type of its items: one of {', '.join(LIST_ITEM_TYPES)}",
                )
                bad = True
            elif spec.of not in LIST_ITEM_TYPES:
                self.problem(
                    f"{where}.of",
                    f"{spec.of!r} cannot be a list item{suggest(spec.of, LIST_ITEM_TYPES)}; expected one of {', '.join(LIST_ITEM_TYPES)}",
                )
                bad = True
            elif spec.max_length is not None and KINDS[spec.of].django.max_length is None:
                self.problem(
                    f"{where}.max_length",
                    f"max_length applies to lists of string, slug, email or url, not of {spec.of}",
                )
                bad = True
        if spec.pattern is not None:
            try:
                re.compile(spec.pattern)
            except re.error as error:
                self.problem(f"{where}.pattern", f"is not a valid regular expression: {error}")
                bad = True
        if "default" in spec.given() and not bad:
            self.check_default(where, spec, field)

    def check_default(self, where: str, spec: FieldSpec, field: Field) -> None:
        kind = spec.type
        default = spec.default
        key = f"{where}.default"
        if default is None:
            self.problem(key, "is null; leave default out for no default")
            return
        if kind in {"file", "image"}:
            self.problem(key, f"{naming.article(kind)} field takes no default")
            return
        if kind == "json":
            if default in ({}, []) or isinstance(default, str | int | float | bool):
                field.has_default = True
                field.default_value = default
            else:
                self.problem(
                    key,
                    "a json default must be {}, [] or a plain value; set richer values in a data migration",
                )
            return
        if kind == "list":
            if default != []:
                self.problem(
                    key,
                    "a list default must be [] (Django needs a callable for anything else); set items in a data migration",
                )
            else:
                field.has_default = True
                field.default_value = []
            return
        try:
            value = coerce(kind, default)
        except values.BadValue as error:
            self.problem(key, str(error))
            return
        if kind == "choice":
            options = choice_values(spec)
            if value not in options:
                self.problem(
                    key,
                    f"{value!r} is not one of the choices{suggest(str(value), options)}: {', '.join(options)}",
                )
                return
        if isinstance(value, str):
            length = len(value)
            max_length = spec.max_length if spec.max_length is not None else KINDS[kind].django.max_length
            if max_length is not None and length > max_length:
                self.problem(key, f"is {length} characters, above max_length {max_length}")
                return
            if spec.min_length is not None and length < spec.min_length:
                self.problem(key, f"is {length} characters, below min_length {spec.min_length}")
                return
            if spec.pattern is not None and not values.pattern_matches(spec.pattern, value):
                self.problem(key, f"{value!r} does not match pattern {spec.pattern!r}")
                return
        narrowed = "protocol" in KINDS[kind].keys and spec.protocol in {"IPv4", "IPv6"}
        if narrowed and values.ip_version(value) != spec.protocol:
            self.problem(key, f"{value!r} is not an {spec.protocol} address, as protocol requires")
            return
        if "min" in KINDS[kind].keys:  # a number
            number = Decimal(str(value))
            if spec.min is not None and number < Decimal(str(spec.min)):
                self.problem(key, f"{value} is below min {spec.min}")
                return
            if spec.max is not None and number > Decimal(str(spec.max)):
                self.problem(key, f"{value} is above max {spec.max}")
                return
            if kind == "decimal":
                digits, places = decimal_shape(spec)
                if not values.fits_digits(number, digits, places):
                    self.problem(key, f"{value} does not fit max_digits={digits}, decimal_places={places}")
                    return
        field.has_default = True
        field.default_value = value

    def build_relation(self, where: str, spec: RelationSpec, entity: Entity) -> Relation | None:
        if spec.removed:
            return None
        if not self.check_member_name(f"{where}.name", spec.name):
            return None
        self.check_old_name(f"{where}.renamed_from", spec.renamed_from, naming.SNAKE_RE)
        if spec.to is None:
            self.problem(f"{where}.to", "is required: an entity of this genome, or User")
            return None
        on_delete = spec.on_delete
        if spec.kind == "many_to_many":
            if on_delete is not None:
                self.problem(f"{where}.on_delete", "does not apply to many_to_many relations; remove it")
            on_delete = ""
        else:
            if on_delete is None:
                on_delete = "cascade" if spec.required else "set_null"
            if spec.required and on_delete == "set_null":
                self.problem(
                    f"{where}.on_delete",
                    "set_null cannot apply to a required relation (it would have to become empty); use cascade, protect or restrict, or make the relation optional",
                )
        if spec.filter and spec.name in naming.CONTROL_PARAMETERS:
            self.problem(
                f"{where}.filter",
                f"{control_parameter_clash(spec.name)}; remove filter, or rename the relation",
            )
        if spec.related_name is not None and not naming.SNAKE_RE.match(spec.related_name):
            self.problem(f"{where}.related_name", f"{spec.related_name!r} is not lower_snake_case")
        if spec.subject and spec.to != "User":
            self.problem(
                f"{where}.subject",
                f"only a relation to User names the person a row is about, and this one is to {spec.to}; remove subject",
            )
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
        )
        rel.spec = spec
        rel.where = where
        rel.source = entity
        return rel

    def finish_entity(self, where: str, spec: EntitySpec, entity: Entity) -> None:
        names = {f.name: f for f in entity.fields}
        rel_names = {r.name: r for r in entity.relations}
        if spec.display is not None:
            if spec.display in names:
                entity.display = spec.display
            elif spec.display == "id":
                entity.display = "id"
            else:
                hint = (
                    " (a relation cannot be the display)"
                    if spec.display in rel_names
                    else suggest(spec.display, names)
                )
                self.problem(f"{where}.display", f"{spec.display!r} is not a field of {entity.name}{hint}")
        else:
            entity.display = next((f.name for f in entity.fields if f.type == "string"), "id")
        orderable = (
            set(names) | {"id", "created_at", "updated_at"} | {r.name for r in entity.relations if not r.many}
        )
        ordering = spec.ordering if spec.ordering is not None else ["-created_at"]
        if spec.ordering == []:
            self.problem(
                f"{where}.ordering",
                "must list at least one field; leave it out for the default [-created_at]",
            )
        for k, item in enumerate(ordering):
            bare = item.removeprefix("-")
            if bare not in orderable:
                self.problem(
                    f"{where}.ordering[{k}]",
                    f"{bare!r} is not a field of {entity.name}{suggest(bare, orderable)}; prefix a field name with '-' for descending order",
                )
        entity.ordering = list(ordering)
        groupable = set(names) | {r.name for r in entity.relations if not r.many}
        for k, group in enumerate(spec.unique_together):
            if len(group) < 2:
                self.problem(
                    f"{where}.unique_together[{k}]", "needs two or more names; for one field use unique: true"
                )
            for m, item in enumerate(group):
                if item not in groupable:
                    self.problem(
                        f"{where}.unique_together[{k}][{m}]",
                        f"{item!r} is not a field or many_to_one relation of {entity.name}{suggest(item, groupable)}",
                    )
            if len(set(group)) != len(group):
                self.problem(f"{where}.unique_together[{k}]", "names a field twice")
        entity.unique_together = [list(g) for g in spec.unique_together]

    # ------------------------------------------------------------ linking
    def check_entity_names(self, entities: list[Entity]) -> None:
        seen: dict[str, Entity] = {}
        labels: dict[str, Entity] = {}
        urls: dict[str, Entity] = {}
        for entity in entities:
            where = entity.where
            if entity.name.lower() in seen:
                self.problem(
                    f"{where}.name",
                    f"{entity.name!r} is declared twice (also at {seen[entity.name.lower()].where})",
                )
                continue
            seen[entity.name.lower()] = entity
            if entity.app_label in labels:
                self.problem(
                    f"{where}.app_label",
                    f"the app label {entity.app_label!r} is also used by {labels[entity.app_label].name}; set a distinct app_label on one of them",
                )
            labels[entity.app_label] = entity
            if entity.url in naming.RESERVED_URLS:
                self.problem(
                    f"{where}.plural",
                    f"the URL /api/v1/{entity.url}/ is the generated project's, for {naming.RESERVED_URLS[entity.url]}; "
                    f"set plural to another PascalCase plural, such as {alternative_plural(entity)!r}",
                )
            elif entity.url in urls:
                self.problem(
                    f"{where}.plural",
                    f"the URL /api/v1/{entity.url}/ is also used by {urls[entity.url].name}; set a distinct plural",
                )
            urls[entity.url] = entity

    def link_relations(self, entity: Entity, by_name: Mapping[str, Entity]) -> None:
        for rel in entity.relations:
            where = rel.where
            if rel.target_name == "User":
                rel.target = None
                continue
            target = by_name.get(rel.target_name)
            if target is None:
                options = [*by_name, "User"]
                self.problem(
                    f"{where}.to",
                    f"{rel.target_name!r} is not an entity of this genome{suggest(rel.target_name, options)}; expected one of {', '.join(options)}",
                )
                continue
            rel.target = target
            if target is entity:
                rel.self_target = True
                if rel.required:
                    self.problem(
                        f"{where}.required",
                        f"a required relation from {entity.name} to itself can never be satisfied by the first row; make it optional",
                    )
            if not entity.tenant and target.tenant:
                self.problem(
                    f"{where}.to",
                    f"{entity.name} is shared data (tenant: false) and cannot point to {target.name}, which belongs to a workspace",
                )

    def check_related_names(self, entities: list[Entity]) -> None:
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
                    self.problem(
                        where,
                        f"the reverse accessor {target_name}.{rel.related_name} clashes with a name {target_name} already has; set related_name to another name",
                    )
                elif rel.related_name in used:
                    other = used[rel.related_name]
                    self.problem(
                        where,
                        f"the reverse accessor {target_name}.{rel.related_name} is also made by {other.where}; set related_name on one of them",
                    )
                elif rel.related_name in naming.PYTHON_KEYWORDS:
                    self.problem(
                        where,
                        f"the reverse accessor {rel.related_name!r} is a Python keyword; set related_name",
                    )
                used[rel.related_name] = rel

    def check_permissions(self, entities: list[Entity], roles: list[str]) -> None:
        defaults = default_permissions(roles)
        for entity in entities:
            spec: EntitySpec = entity.spec
            where = f"{entity.where}.permissions"
            if not entity.tenant:
                # Shared data: every member reads it, only staff write it.
                if spec.permissions.model_fields_set:
                    self.problem(
                        where,
                        "does not apply to shared data (tenant: false), which every member reads "
                        "and only staff write; remove permissions or make the entity a tenant one",
                    )
                reads = {"list": list(roles), "retrieve": list(roles)}
                entity.permissions = {action: reads.get(action, []) for action in ACTIONS}
                continue
            for action in ACTIONS:
                given = getattr(spec.permissions, action)
                if given is None:
                    entity.permissions[action] = list(defaults[action])
                    continue
                for k, role in enumerate(given):
                    if role not in roles:
                        self.problem(
                            f"{where}.{action}[{k}]",
                            f"{role!r} is not a role{suggest(role, roles)}; roles are {', '.join(roles)}",
                        )
                entity.permissions[action] = [r for r in roles if r in given]

    def topological(self, entities: list[Entity]) -> list[Entity]:
        """Entities ordered so that what a required relation points to comes first."""
        order: list[Entity] = []
        state: dict[str, int] = {}

        def visit(entity: Entity, trail: list[str]) -> None:
            mark = state.get(entity.name, 0)
            if mark == 2:
                return
            if mark == 1:
                cycle = " -> ".join([*trail[trail.index(entity.name) :], entity.name])
                self.problem(
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

    def build_stories(self, by_name: Mapping[str, Entity], roles: list[str]) -> list[Story]:
        stories: list[Story] = []
        seen: set[str] = set()
        used: set[str] = set()
        for i, spec in enumerate(self.spec.stories):
            where = f"stories[{i}]"
            if spec.id in seen:
                self.problem(f"{where}.id", f"{spec.id!r} is used by another story; story ids must be unique")
            seen.add(spec.id)
            if spec.as_ not in roles:
                self.problem(
                    f"{where}.as",
                    f"{spec.as_!r} is not a role{suggest(spec.as_, roles)}; roles are {', '.join(roles)}",
                )
            checks: list[dict] = []
            notes: list[str] = []
            for k, line in enumerate(spec.acceptance):
                match = STORY_LINE.match(line)
                structured = match and match["action"] in ACTIONS and naming.PASCAL_RE.match(match["entity"])
                if not structured:
                    notes.append(line)
                    continue
                if match["entity"] not in by_name:
                    self.problem(
                        f"{where}.acceptance[{k}]",
                        f"{match['entity']!r} is not an entity{suggest(match['entity'], by_name)}; "
                        f"entities are {', '.join(by_name)}",
                    )
                    continue
                role, allowed, action, entity = (
                    match["role"],
                    match["verb"] == "can",
                    match["action"],
                    by_name[match["entity"]],
                )
                if role not in roles:
                    self.problem(
                        f"{where}.acceptance[{k}]",
                        f"{role!r} is not a role{suggest(role, roles)}; roles are {', '.join(roles)}",
                    )
                    continue
                granted = role in entity.permissions.get(action, [])
                if granted != allowed:
                    verb = "grant" if granted else "deny"
                    self.problem(
                        f"{where}.acceptance[{k}]",
                        f"contradicts the permissions of {entity.name}, which {verb} {action} to {role}; change the line or {entity.name}.permissions.{action}",
                    )
                    continue
                if entity.api == "none" or (entity.api == "read_only" and action not in {"list", "retrieve"}):
                    self.problem(
                        f"{where}.acceptance[{k}]",
                        f"{entity.name} has api: {entity.api}, so no one can {action} it through the API",
                    )
                    continue
                checks.append(
                    {
                        "role": role,
                        "allowed": allowed,
                        "action": action,
                        "entity": entity.name,
                        "line": line.strip(),
                    }
                )
            name_story_tests(spec.id, checks, used)
            stories.append(
                Story(
                    id=spec.id,
                    role=spec.as_,
                    want=spec.want,
                    so_that=spec.so_that,
                    checks=checks,
                    notes=notes,
                )
            )
        return stories


def alternative_plural(entity: Entity) -> str:
    """A plural to suggest when the entity's URL is one the project owns."""
    plural = naming.pluralize(entity.name)
    return plural if plural != entity.plural else f"{entity.name}Records"


def control_parameter_clash(name: str) -> str:
    purpose = naming.CONTROL_PARAMETERS[name]
    return f"its filter would be the query parameter ?{name}=, which every list reads as {purpose}"


def default_permissions(roles: list[str]) -> dict[str, list[str]]:
    writers = roles[:-1] or roles
    return {"list": roles, "retrieve": roles, "create": writers, "update": writers, "delete": roles[:2]}


def coerce(kind: str, value: object) -> object:
    """``value`` as the Python value a field of ``kind`` holds, or BadValue."""
    read = KINDS[kind].coerce
    if read is None:
        raise values.BadValue(f"{naming.article(kind)} field takes no default")
    return read(value)


def parse(data: Mapping[str, Any]) -> GenomeSpec:
    """Validate the raw genome's shape; raise GenomeError listing every problem."""
    try:
        return GenomeSpec.model_validate(dict(data))
    except ValidationError as error:
        raise GenomeError(from_validation_error(error, GenomeSpec)) from None


def unknown_top_level(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [
        (
            str(key),
            f"unknown top-level key{suggest(str(key), TOP_LEVEL_KEYS)}; allowed keys: {', '.join(TOP_LEVEL_KEYS)}",
        )
        for key in data
        if key not in TOP_LEVEL_KEYS and not str(key).startswith("_")
    ]


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


def choices_class(field_name: str) -> str:
    """The TextChoices class of a choice field, named so it shadows nothing on the model."""
    name = naming.pascal(field_name)
    return f"{name}Choices" if name in {"Meta", "DoesNotExist", "MultipleObjectsReturned", "Base"} else name


def name_story_tests(story_id: str, checks: list[dict], used: set[str]) -> None:
    """Each structured acceptance line's test name, unique in test_stories.py."""
    for check in checks:
        verb = "can" if check["allowed"] else "cannot"
        base = naming.snake(f"{story_id} {check['role']} {verb} {check['action']} {check['entity']}")
        test_name = f"test_{base}"
        suffix = 2
        while test_name in used:
            test_name, suffix = f"test_{base}_{suffix}", suffix + 1
        used.add(test_name)
        check["test"] = test_name


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
    names = [] if entity.display == "id" else [entity.display]
    names += [f.name for f in entity.fields if f.required and f.name not in names]
    names += [r.name for r in entity.relations if r.required and r is not rel and not r.many]
    return names or [f.name for f in entity.fields[:1]]


REQUIRED_KEYS = ("project_name", "entities")


def build(
    data: Mapping[str, Any],
    extra_keys: Mapping[str, Any] | None = None,
    previous: Mapping[str, Any] | None = None,
) -> Genome:
    """The validated, normalised genome, or GenomeError naming every problem.

    ``extra_keys`` is the data file as given, when there is one: its unknown keys
    are errors, and so are required keys it leaves out (copier would otherwise
    answer them with the questions' defaults). ``previous`` holds the answers the
    project was last generated with; changes from them must be safe for its data.
    """
    given = extra_keys or {}
    problems = unknown_top_level(given)
    if given:
        problems += [(key, "is required") for key in REQUIRED_KEYS if key not in given]
    try:
        spec = parse(data)
    except GenomeError as error:
        raise GenomeError([*problems, *error.problems]) from None
    builder = Builder(spec)
    genome = builder.build()
    problems += builder.problems
    old = previous_spec(previous) if previous else None
    if old is not None:
        problems += check_changes(old, spec)
    if problems:
        raise GenomeError(problems)
    genome.source = dict(data)
    return genome
