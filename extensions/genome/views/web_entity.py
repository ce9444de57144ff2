"""The view of an entity's web app module (frontend/src/generated/entities/<name>.ts):
its EntityMeta (src/lib/entity.ts) and the typed endpoints the screens call."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from .. import naming
from ..kinds import kind_of
from ..kinds.choice import choice_labels
from ..model import Entity, EntityRule, Field, Genome, Relation
from ..tscode import NULL, TsObject, ts_assign, ts_const, ts_import, ts_object, ts_str
from .filters import query_param

ACTIONS = ("list", "retrieve", "create", "update", "delete")


@dataclass(frozen=True)
class WebEntity:
    # The module's name (src/generated/entities/<module>.ts): the entity's in camel case.
    module: str
    # ``export type Row = ...;`` and ``export type Input = ...;``: the row as the API
    # reads it and the body it writes, by drf-spectacular's component names.
    row_type: str
    input_type: str
    # ``const list = "...";`` and ``const detail = "...";``: the endpoints.
    list_path: str
    detail_path: str
    writable: bool
    # ``export const meta: EntityMeta = {...};`` as prettier prints it.
    meta: str
    # The entity pages' ``import { api, meta } from "...";``, as prettier prints it.
    page_import: str


def build(genome: Genome, entity: Entity) -> WebEntity:
    meta = ts_object(
        name=entity.name,
        label=capfirst(entity.verbose_name),
        labelPlural=capfirst(entity.verbose_name_plural),
        description=entity.description,
        path=entity.url,
        display=entity.display,
        writable=entity.writable,
        fields=[field_meta(f) for f in entity.fields],
        relations=[relation_meta(r) for r in entity.relations],
        rules=[rule_meta(r) for r in entity.rules],
        search=[f.name for f in entity.fields if f.search],
        ordering=[f.name for f in entity.fields if f.order],
        defaultOrdering=list(entity.ordering),
        filters=filters(entity),
        owner=entity.owner.name if entity.owner else NULL,
        permissions=permissions(genome, entity),
    )
    module = module_name(entity)
    return WebEntity(
        module=module,
        row_type=ts_assign("export type Row", f'components["schemas"]["{entity.name}Read"]'),
        input_type=ts_assign("export type Input", f'components["schemas"]["{entity.name}Request"]'),
        list_path=ts_assign("const list", ts_str(f"/api/v1/{entity.url}/")),
        detail_path=ts_assign("const detail", ts_str(f"/api/v1/{entity.url}/{{id}}/")),
        writable=entity.writable,
        meta=ts_const("export const meta: EntityMeta", meta),
        page_import=ts_import(["api", "meta"], f"@/generated/entities/{module}"),
    )


def module_name(entity: Entity) -> str:
    """The entity's module in src/generated/entities/: its name in camel case."""
    return entity.name[:1].lower() + entity.name[1:]


def capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


def field_meta(field: Field) -> TsObject:
    spec, kind = field.spec, kind_of(field)
    assert spec is not None, "built fields keep their spec"
    max_length = spec.max_length if spec.max_length is not None else kind.django.max_length
    return ts_object(
        name=field.name,
        label=naming.title(field.name),
        kind=field.type,
        help=field.help or "",
        required=field.required and not field.has_default and not field.server_set,
        readOnly=field.server_set,
        default=api_value(field.default_value) if field.has_default else NULL,
        minLength=spec.min_length,
        maxLength=max_length if field.type in {"string", "text", "slug", "email", "url", "list"} else None,
        pattern=spec.pattern,
        min=api_value(spec.min),
        max=api_value(spec.max),
        maxDigits=spec.max_digits,
        decimalPlaces=spec.decimal_places,
        protocol=spec.protocol,
        choices=[ts_object(value=v, label=label) for v, label in choice_labels(field.spec)] or None,
        transitions={k: list(v) for k, v in field.transitions.items()} if field.transitions else None,
        of=spec.of,
        maxItems=spec.max_items,
        maxSize=spec.max_size,
        visibleTo=list(field.visible_to) or None,
    )


def api_value(value: object) -> object:
    """A genome value as the API writes it in JSON: decimals and times as strings."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.timedelta):
        return duration_string(value)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return value


def duration_string(value: dt.timedelta) -> str:
    """Django's duration_string: "[D ]HH:MM:SS", as DRF writes a duration."""
    minutes, seconds = divmod(int(value.total_seconds()) - value.days * 86400, 60)
    hours, minutes = divmod(minutes, 60)
    text = f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return f"{value.days} {text}" if value.days else text


def relation_meta(rel: Relation) -> TsObject:
    return ts_object(
        name=rel.name,
        label=naming.title(rel.name),
        help=rel.help or "",
        to=rel.target.name if rel.target else "User",
        many=rel.many,
        required=rel.required and not rel.current_user,
        readOnly=rel.current_user,
    )


def rule_meta(rule: EntityRule) -> TsObject:
    return ts_object(
        left=rule.left.name,
        op=rule.op,
        right=rule.right.name if rule.right else None,
        value=api_value(rule.value) if rule.right is None else None,
        message=rule.message,
    )


def filters(entity: Entity) -> list[TsObject]:
    found = []
    for field in entity.fields:
        if not field.lookups:
            continue
        params = [query_param(field, lookup) for lookup in field.lookups]
        found.append(ts_object(name=field.name, params=params))
    found += [ts_object(name=r.name, params=[r.name]) for r in entity.relations if r.filter]
    return found


def permissions(genome: Genome, entity: Entity) -> TsObject:
    """Each action's grants: the roles allowed on every row, then those allowed on
    their own rows. Shared data (tenant: false): members read, staff write (in the
    admin), so no role writes it here."""
    grants = {}
    for action in ACTIONS:
        if not entity.tenant:
            every = genome.role_values if action in {"list", "retrieve"} else []
            grants[action] = [ts_object(role=r, own=False) for r in every]
            continue
        every = [ts_object(role=r, own=False) for r in entity.permissions.get(action, [])]
        own = [ts_object(role=r, own=True) for r in entity.own_permissions.get(action, [])]
        grants[action] = every + own
    return TsObject(tuple(grants.items()))
