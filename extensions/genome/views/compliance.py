"""The view of docs/compliance/: what the GDPR, HIPAA, SOC 2 and PCI DSS documents say
of the genome. The personal-data and PHI inventories, the role access matrix, the
risks and the warnings the genome deserves."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..kinds import kind_of
from ..model import Entity, Field, Genome, Relation
from .common import prose_and
from .docs import cell

READ_ACTIONS = ("list", "retrieve")
ACTIONS = ("list", "retrieve", "create", "update", "delete")
# Field names that look like cardholder data (PCI DSS): a word such as card, credit,
# pan, cvv or track data, between underscores or at the ends of the name.
CARD_DATA = re.compile(
    r"(^|_)(cards?|cardholder|cardnumber|(credit|debit|payment)_?cards?|credit|pan|cvv2?|cvc2?|"
    r"security_code|track_?[12]|track_data|magstripe|exp_(month|year|date))($|_)"
)
USER_DELETION = {
    "cascade": "deleting the user deletes these rows",
    "set_null": "deleting the user empties the link and keeps the rows",
    "protect": "a user these rows point to cannot be deleted until the rows are deleted or point elsewhere",
    "restrict": "a user these rows point to cannot be deleted until the rows are deleted or point elsewhere",
    "": "deleting the user removes them from these links",
}


@dataclass(frozen=True)
class Activity:
    """A processing activity of the GDPR record: one entity holding personal data."""

    entity: str
    title: str
    description: str
    data: tuple[str, ...]
    readers: str
    writers: str
    retention: str
    audited: bool
    health: bool


@dataclass(frozen=True)
class Item:
    """A row of an inventory: a field (or a link to a user) of an entity, ``Entity.name``."""

    name: str
    type: str
    kinds: str
    purpose: str
    readers: str
    audited: bool


@dataclass(frozen=True)
class Access:
    """A row of the access matrix: the actions each role may take, in the genome's order."""

    entity: str
    notes: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Erasure:
    """How an activity's rows are deleted, and when their data is gone."""

    activity: str
    entity: str
    how: str
    when: str


@dataclass(frozen=True)
class Compliance:
    """The compliance documents' inventories, tables, warnings and risks. A list of
    names is of `Entity.field` in backquotes."""

    personal_items: tuple[Item, ...]
    activities: tuple[Activity, ...]
    personal_summary: str
    special_category: tuple[str, ...]
    phi_items: tuple[Item, ...]
    phi_entities: tuple[str, ...]
    phi_entities_text: str
    phi_identifiers: tuple[str, ...]
    phi_warning: str
    card_warnings: tuple[str, ...]
    access: tuple[Access, ...]
    # The export and erasure endpoints exist: some field is pii.
    self_service: bool
    account_deletion: str
    deletion_note: str
    user_deletion: tuple[str, ...]
    erasures: tuple[Erasure, ...]
    risks: tuple[str, ...]
    # Each field with visible_to and the roles that read it (minimum necessary).
    limited: tuple[str, ...]


def build(genome: Genome) -> Compliance:
    entities = genome.entities
    activities = tuple(
        activity(e, genome) for e in entities if personal(e) or any(r.target is None for r in e.relations)
    )
    phi_entities = tuple(e.name for e in entities if any(f.phi for f in e.fields))
    soft_deleted = [e.name for e in entities if e.soft_delete]
    return Compliance(
        personal_items=tuple(item for e in entities for item in personal_items(e)),
        activities=activities,
        personal_summary=prose_and([*(a.title for a in activities), "the user accounts"]),
        special_category=tuple(f"`{e.name}.{f.name}`" for e in entities for f in e.fields if f.phi),
        phi_items=tuple(item(e, f) for e in entities for f in e.fields if f.phi),
        phi_entities=phi_entities,
        phi_entities_text=", ".join(phi_entities) or "no entity stores PHI yet",
        phi_identifiers=tuple(
            dict.fromkeys(i for e in entities if any(f.phi for f in e.fields) for i in identifiers(e))
        ),
        phi_warning=phi_warning(genome),
        card_warnings=tuple(
            f"`{e.name}.{f.name}`" for e in entities for f in e.fields if CARD_DATA.search(f.name.lower())
        ),
        access=tuple(access(e, genome.role_values) for e in entities),
        self_service=genome.has_pii,
        account_deletion=account_deletion(genome),
        deletion_note=(
            f"soft-deleted rows of {prose_and(soft_deleted)} can be restored until they are purged"
            if soft_deleted
            else "deletions are final"
        ),
        user_deletion=tuple(
            user_deletion(rel) for e in entities for rel in e.relations if rel.target is None
        ),
        erasures=tuple(erasure(a, genome) for a in activities),
        risks=tuple(risks(genome)),
        limited=tuple(
            f"`{e.name}.{f.name}`: {code_list(list(f.visible_to))}"
            for e in entities
            for f in e.fields
            if f.visible_to
        ),
    )


def personal(entity: Entity) -> list[Field]:
    return [f for f in entity.fields if f.pii or f.phi]


def personal_items(entity: Entity) -> list[Item]:
    """The record's items: each pii or phi field, then each link to a user."""
    items = [item(entity, f) for f in personal(entity)]
    for rel in entity.relations:
        if rel.target is None:
            items.append(
                Item(
                    name=f"{entity.name}.{rel.name}",
                    type="link to User",
                    kinds="PII",
                    purpose=cell(purpose(entity, rel)),
                    readers=read_by(entity, None),
                    audited=entity.audit,
                )
            )
    return items


def item(entity: Entity, f: Field) -> Item:
    return Item(
        name=f"{entity.name}.{f.name}",
        type=f.type,
        kinds="+".join(k for k, on in (("PII", f.pii), ("PHI", f.phi)) if on),
        purpose=cell(purpose(entity, f)),
        readers=read_by(entity, f),
        audited=entity.audit,
    )


def phi_warning(genome: Genome) -> str:
    """HIPAA's warning about PHI that no audit trail records, if any."""
    unaudited = [e.name for e in genome.entities if any(f.phi for f in e.fields) and not e.audit]
    if not unaudited:
        return ""
    one = len(unaudited) == 1
    return (
        f"{prose_and(unaudited)} {'stores' if one else 'store'} PHI without an audit "
        f"trail. Set `audit: true` on {'it' if one else 'them'} in the genome to record every "
        "change (§164.312(b))."
    )


def access(entity: Entity, roles: list[str]) -> Access:
    """What each role may do with the entity."""
    notes = [
        n
        for n, on in (
            ("PHI", any(f.phi for f in entity.fields)),
            ("shared, staff write", not entity.tenant and entity.writable),
            ("shared", not entity.tenant and not entity.writable),
        )
        if on
    ]
    offered = ACTIONS if entity.writable else READ_ACTIONS if entity.routed else ()
    cells = []
    for role in roles:
        allowed = [a for a in offered if role in entity.permissions.get(a, [])]
        cells.append(", ".join(allowed) if allowed else "none" if entity.routed else "no API")
    return Access(entity=entity.name, notes="; ".join(notes), cells=tuple(cells))


def account_deletion(genome: Genome) -> str:
    ways = ["the user anonymises it with `POST /api/v1/auth/me/erase/`"] if genome.has_pii else []
    if genome.features.admin:
        ways.append("staff delete it in the admin")
    return "; ".join(ways) or "no API deletes a user account"


def user_deletion(rel: Relation) -> str:
    entity = rel.source
    return f"`{entity.name}.{rel.name}` (on_delete `{rel.on_delete or 'many_to_many'}`): {USER_DELETION[rel.on_delete]}."


def erasure(act: Activity, genome: Genome) -> Erasure:
    entity = next(e for e in genome.entities if e.name == act.entity)
    deleters = code_list(entity.permissions.get("delete", [])) if entity.tenant else "staff"
    if not entity.routed or not entity.writable:
        how = (
            "no API deletes it; staff delete it in the admin"
            if genome.features.admin
            else "no API deletes it"
        )
    else:
        how = f"`DELETE /api/v1/{entity.url}/{{id}}/` by {deleters}"
    when = (
        "kept `SOFT_DELETE_RETENTION_DAYS` days after deletion, then purged"
        if entity.soft_delete
        else "removed at once"
    )
    return Erasure(activity=act.title, entity=entity.name, how=how, when=when)


def risks(genome: Genome) -> list[str]:
    """What the genome itself says about the risks to the people whose data it holds."""
    lowest = genome.role_values[-1]
    holders = [e for e in genome.entities if personal(e)]
    tenant = [e for e in holders if e.tenant and e.routed]
    broad = [e.name for e in tenant if lowest in readers(e)] if len(genome.role_values) > 1 else []
    shared = [e.name for e in holders if not e.tenant and e.routed]
    unaudited = [e.name for e in holders if not e.audit]
    free = [f"`{e.name}.{f.name}`" for e in holders for f in personal(e) if unbounded_text(f)]
    health = [e.name for e in holders if any(f.phi for f in e.fields)]
    found: list[str] = []
    if broad:
        found.append(
            f"**Broad access.** Every role, down to `{lowest}`, reads the `pii` and `phi` fields "
            f"of {prose_and(broad)}. If some roles need not see them, narrow `permissions.list` "
            "and `permissions.retrieve` in the genome."
        )
    if shared:
        found.append(
            f"**Shared across workspaces.** {prose_and(shared)} {'is' if len(shared) == 1 else 'are'} "
            "shared data (`tenant: false`): the members of every workspace read their `pii` and "
            "`phi` fields. Make them workspace data if each organisation's rows must stay its own."
        )
    if unaudited:
        found.append(
            f"**No audit trail.** Changes to the `pii` and `phi` fields of {prose_and(unaudited)} are "
            f"not recorded. Set `audit: true` on {'it' if len(unaudited) == 1 else 'them'} in the genome "
            "to record who changed what."
        )
    if free:
        found.append(
            f"**Free text.** {prose_and(free)} {'is' if len(free) == 1 else 'are'} free text: "
            "people may write more personal or health data there than the purpose needs. Say "
            "what belongs there, in the product and in staff guidance."
        )
    if health:
        found.append(
            f"**Health data.** {prose_and(health)} {'holds' if len(health) == 1 else 'hold'} "
            "health data, a special category (Article 9): processing it needs an Article 9(2) "
            "condition as well as a lawful basis, and at scale makes this DPIA mandatory "
            "(Article 35(3)(b))."
        )
    return found


def identifiers(entity: Entity) -> list[str]:
    """The pii fields that tie an entity's health data to a person: its own, and
    those of the entities it points to (a visit's patient)."""
    found = [f"`{entity.name}.{f.name}`" for f in entity.fields if f.pii]
    for rel in entity.relations:
        if rel.target is None:
            found.append(f"`{entity.name}.{rel.name}` (a user)")
        elif rel.target is not entity:
            found += [f"`{rel.target.name}.{f.name}`" for f in rel.target.fields if f.pii]
    return found


def code_list(names: list[str]) -> str:
    return ", ".join(f"`{name}`" for name in names) if names else "nobody"


def changed_by(entity: Entity) -> str:
    if not entity.writable:
        return "nobody through the API"
    return code_list(writers(entity)) if entity.tenant else "staff (shared data)"


def read_by(entity: Entity, field: Field | None) -> str:
    """The roles that read the entity, or the field when it has visible_to."""
    if not entity.routed:
        return "nobody through the API"
    if field is None or not field.visible_to:
        return code_list(readers(entity))
    return code_list([r for r in readers(entity) if r in field.visible_to]) + " (visible_to)"


def readers(entity: Entity) -> list[str]:
    seen = [r for a in READ_ACTIONS for r in entity.permissions.get(a, [])]
    return list(dict.fromkeys(seen))


def writers(entity: Entity) -> list[str]:
    seen = [r for a in ("create", "update", "delete") for r in entity.permissions.get(a, [])]
    return list(dict.fromkeys(seen))


def purpose(entity: Entity, item: Field | Relation) -> str:
    return item.help or entity.description or f"Part of the {entity.verbose_name} records."


def retention(entity: Entity, genome: Genome) -> str:
    if entity.soft_delete:
        daily = " (run daily by Celery beat)" if genome.features.async_tasks else ""
        return (
            "deleted rows are kept `SOFT_DELETE_RETENTION_DAYS` days (30 by default), "
            f"then purged by `manage.py purge_deleted`{daily}"
        )
    return "kept until deleted through the API or the admin; deletion is immediate"


def activity(entity: Entity, genome: Genome) -> Activity:
    fields = personal(entity)
    users = [r for r in entity.relations if r.target is None]
    data = [f"`{f.name}` ({f.type}{', health data' if f.phi else ''})" for f in fields]
    data += [f"`{r.name}` (the user it links to)" for r in users]
    return Activity(
        entity=entity.name,
        title=f"{entity.verbose_name_plural[:1].upper()}{entity.verbose_name_plural[1:]}",
        description=cell(entity.description or f"{entity.verbose_name_plural} of a workspace."),
        data=tuple(data),
        readers=read_by(entity, None),
        writers=changed_by(entity),
        retention=retention(entity, genome),
        audited=entity.audit,
        health=any(f.phi for f in fields),
    )


def unbounded_text(field: Field) -> bool:
    """Free text of any length: room for anything a person writes."""
    kind = kind_of(field)
    return kind.value.text and kind.django.max_length is None
