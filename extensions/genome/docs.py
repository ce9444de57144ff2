"""What the generated documents say, computed once per genome.

``docs/architecture.md`` and, per compliance flag, the documents under
``docs/compliance/`` are Markdown templates that only interpolate what this module
computes: the Mermaid ER diagram, the personal-data and PHI inventories, the role
access matrix, and the warnings the genome deserves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .kinds import diagram_type
from .model import Entity, Field, Genome, Relation

FLAG_TITLES = {
    "gdpr": "GDPR",
    "hipaa": "HIPAA",
    "soc2": "SOC 2",
    "pci": "PCI DSS",
}
READ_ACTIONS = ("list", "retrieve")
ACTIONS = ("list", "retrieve", "create", "update", "delete")
# Names Mermaid's erDiagram lexer reads as key markers, whatever their case.
MERMAID_KEYS = {"pk", "fk", "uk"}
# Field names that look like cardholder data (PCI DSS): a word such as card, credit,
# pan, cvv or track data, between underscores or at the ends of the name.
CARD_DATA = re.compile(
    r"(^|_)(cards?|cardholder|cardnumber|(credit|debit|payment)_?cards?|credit|pan|cvv2?|cvc2?|"
    r"security_code|track_?[12]|track_data|magstripe|exp_(month|year|date))($|_)"
)
# The user's own personal data, from apps/users/models.py.
USER_PERSONAL_DATA = [
    ("User.email", "email", "Signs in; receives invitations and password resets."),
    ("User.first_name", "string", "The user's name, shown to workspace members."),
    ("User.last_name", "string", "The user's name, shown to workspace members."),
    ("User.password", "string", "Argon2 hash of the password; never the password."),
    ("User.last_login", "datetime", "When the user last signed in."),
    ("Invitation.email", "email", "The address a workspace invitation is sent to."),
]


@dataclass
class Activity:
    """A processing activity of the GDPR record: one entity holding personal data."""

    entity: str
    title: str
    description: str
    data: list[str]
    readers: str
    writers: str
    retention: str
    audited: bool
    health: bool


@dataclass
class Documents:
    flags: list[str]
    titles: list[str]
    gdpr: bool
    hipaa: bool
    soc2: bool
    pci: bool
    er_diagram: str
    app_rows: list[str]
    tenant_entities: list[str]
    shared_entities: list[str]
    personal_rows: list[str] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    special_category: list[str] = field(default_factory=list)
    phi_rows: list[str] = field(default_factory=list)
    access_header: str = ""
    access_rule: str = ""
    access_rows: list[str] = field(default_factory=list)
    audited: list[str] = field(default_factory=list)
    soft_deleted: list[str] = field(default_factory=list)
    phi_unaudited: list[str] = field(default_factory=list)
    phi_warning: str = ""
    phi_entities: list[str] = field(default_factory=list)
    phi_identifiers: list[str] = field(default_factory=list)
    card_warnings: list[str] = field(default_factory=list)
    personal_summary: str = ""
    self_service: bool = False
    account_deletion: str = ""
    deletion_note: str = ""
    audit_actions: str = ""
    audited_text: str = ""
    phi_entities_text: str = ""
    risks: list[str] = field(default_factory=list)
    user_deletion: list[str] = field(default_factory=list)
    erasure_rows: list[str] = field(default_factory=list)


def cell(text: str) -> str:
    """Text safe inside one Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def prose_list(items: list[str]) -> str:
    """The items as prose: a; a and b; a, b and c."""
    return " and ".join([", ".join(items[:-1]), items[-1]] if len(items) > 1 else items)


def code_list(names: list[str]) -> str:
    return ", ".join(f"`{name}`" for name in names) if names else "nobody"


def documents(genome: Genome) -> Documents:
    flags = [flag for flag in FLAG_TITLES if flag in genome.compliance]
    entities = genome.entities
    docs = Documents(
        flags=flags,
        titles=[FLAG_TITLES[flag] for flag in flags],
        gdpr="gdpr" in flags,
        hipaa="hipaa" in flags,
        soc2="soc2" in flags,
        pci="pci" in flags,
        er_diagram=er_diagram(genome),
        app_rows=[app_row(entity) for entity in entities],
        tenant_entities=[e.name for e in entities if e.tenant],
        shared_entities=[e.name for e in entities if not e.tenant],
        audited=[e.name for e in entities if e.audit],
        soft_deleted=[e.name for e in entities if e.soft_delete],
    )
    for entity in entities:
        personal = [f for f in entity.fields if f.pii or f.phi]
        users = [r for r in entity.relations if r.target is None]
        for f in personal:
            docs.personal_rows.append(personal_row(entity, f))
        for rel in users:
            docs.personal_rows.append(user_link_row(entity, rel))
        if personal or users:
            docs.activities.append(activity(entity, personal, users, genome))
        phi = [f for f in entity.fields if f.phi]
        docs.special_category += [f"`{entity.name}.{f.name}`" for f in phi]
        docs.phi_rows += [phi_row(entity, f) for f in phi]
        if phi:
            docs.phi_entities.append(entity.name)
            docs.phi_identifiers += identifiers(entity)
        if phi and not entity.audit:
            docs.phi_unaudited.append(entity.name)
        for f in entity.fields:
            if CARD_DATA.search(f.name.lower()):
                docs.card_warnings.append(f"`{entity.name}.{f.name}`")
    roles = genome.role_values
    docs.phi_identifiers = list(dict.fromkeys(docs.phi_identifiers))
    docs.phi_entities_text = ", ".join(docs.phi_entities) or "no entity stores PHI yet"
    docs.deletion_note = (
        f"soft-deleted rows of {prose_list(docs.soft_deleted)} can be restored until they are purged"
        if docs.soft_deleted
        else "deletions are final"
    )
    docs.audited_text = prose_list(docs.audited)
    restores = any(e.audit and e.soft_delete for e in entities)
    docs.audit_actions = "create, update, delete and restore" if restores else "create, update and delete"
    if docs.phi_unaudited:
        one = len(docs.phi_unaudited) == 1
        docs.phi_warning = (
            f"{prose_list(docs.phi_unaudited)} {'stores' if one else 'store'} PHI without an audit "
            f"trail. Set `audit: true` on {'it' if one else 'them'} in the genome to record every "
            "change (§164.312(b))."
        )
    docs.risks = risks(genome)
    # apps/users/privacy.py: export and erasure endpoints when some field is pii.
    docs.self_service = any(f.pii for e in entities for f in e.fields)
    ways = ["the user anonymises it with `POST /api/v1/auth/me/erase/`"] if docs.self_service else []
    if genome.features.admin:
        ways.append("staff delete it in the admin")
    docs.account_deletion = "; ".join(ways) or "no API deletes a user account"
    docs.personal_summary = prose_list([*(a.title for a in docs.activities), "the user accounts"])
    docs.user_deletion = [user_deletion(rel) for e in entities for rel in e.relations if rel.target is None]
    docs.erasure_rows = [erasure_row(a, genome) for a in docs.activities]
    docs.access_header = "| Entity | " + " | ".join(f"`{r}`" for r in roles) + " |"
    docs.access_rule = "|---" * (len(roles) + 1) + "|"
    for entity in entities:
        notes = [
            n
            for n, on in (
                ("PHI", any(f.phi for f in entity.fields)),
                ("shared, staff write", not entity.tenant and entity.writable),
                ("shared", not entity.tenant and not entity.writable),
            )
            if on
        ]
        name = entity.name + (f" ({'; '.join(notes)})" if notes else "")
        offered = ACTIONS if entity.writable else READ_ACTIONS if entity.routed else ()
        cells = []
        for role in roles:
            allowed = [a for a in offered if role in entity.permissions.get(a, [])]
            cells.append(", ".join(allowed) if allowed else "none" if entity.routed else "no API")
        docs.access_rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return docs


USER_DELETION = {
    "cascade": "deleting the user deletes these rows",
    "set_null": "deleting the user empties the link and keeps the rows",
    "protect": "a user these rows point to cannot be deleted until the rows are deleted or point elsewhere",
    "restrict": "a user these rows point to cannot be deleted until the rows are deleted or point elsewhere",
    "": "deleting the user removes them from these links",
}


def user_deletion(rel: Relation) -> str:
    entity = rel.source
    return f"`{entity.name}.{rel.name}` (on_delete `{rel.on_delete or 'many_to_many'}`): {USER_DELETION[rel.on_delete]}."


def erasure_row(act: Activity, genome: Genome) -> str:
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
    return f"| {act.title} (`{entity.name}`) | {how} | {when} |"


def risks(genome: Genome) -> list[str]:
    """What the genome itself says about the risks to the people whose data it holds."""
    lowest = genome.role_values[-1]
    holders = [e for e in genome.entities if any(f.pii or f.phi for f in e.fields)]
    tenant = [e for e in holders if e.tenant and e.routed]
    broad = [e.name for e in tenant if lowest in readers(e)] if len(genome.role_values) > 1 else []
    shared = [e.name for e in holders if not e.tenant and e.routed]
    unaudited = [e.name for e in holders if not e.audit]
    free = [
        f"`{e.name}.{f.name}`" for e in holders for f in e.fields if (f.pii or f.phi) and f.type == "text"
    ]
    health = [e.name for e in holders if any(f.phi for f in e.fields)]
    found: list[str] = []
    if broad:
        found.append(
            f"**Broad access.** Every role, down to `{lowest}`, reads the `pii` and `phi` fields "
            f"of {prose_list(broad)}. If some roles need not see them, narrow `permissions.list` "
            "and `permissions.retrieve` in the genome."
        )
    if shared:
        found.append(
            f"**Shared across workspaces.** {prose_list(shared)} {'is' if len(shared) == 1 else 'are'} "
            "shared data (`tenant: false`): the members of every workspace read their `pii` and "
            "`phi` fields. Make them workspace data if each organisation's rows must stay its own."
        )
    if unaudited:
        found.append(
            f"**No audit trail.** Changes to the `pii` and `phi` fields of {prose_list(unaudited)} are "
            f"not recorded. Set `audit: true` on {'it' if len(unaudited) == 1 else 'them'} in the genome "
            "to record who changed what."
        )
    if free:
        found.append(
            f"**Free text.** {prose_list(free)} {'is' if len(free) == 1 else 'are'} free text: "
            "people may write more personal or health data there than the purpose needs. Say "
            "what belongs there, in the product and in staff guidance."
        )
    if health:
        found.append(
            f"**Health data.** {prose_list(health)} {'holds' if len(health) == 1 else 'hold'} "
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


def changed_by(entity: Entity) -> str:
    if not entity.writable:
        return "nobody through the API"
    return code_list(writers(entity)) if entity.tenant else "staff (shared data)"


def read_by(entity: Entity) -> str:
    return code_list(readers(entity)) if entity.routed else "nobody through the API"


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


def personal_row(entity: Entity, f: Field) -> str:
    kinds = [k for k, on in (("PII", f.pii), ("PHI", f.phi)) if on]
    return (
        f"| `{entity.name}.{f.name}` | {f.type} | {'+'.join(kinds)} | "
        f"{cell(purpose(entity, f))} | {read_by(entity)} |"
    )


def user_link_row(entity: Entity, rel: Relation) -> str:
    return (
        f"| `{entity.name}.{rel.name}` | link to User | PII | "
        f"{cell(purpose(entity, rel))} | {read_by(entity)} |"
    )


def phi_row(entity: Entity, f: Field) -> str:
    return (
        f"| `{entity.name}.{f.name}` | {f.type} | {cell(purpose(entity, f))} | "
        f"{read_by(entity)} | {'yes, values masked' if entity.audit else 'no'} |"
    )


def activity(entity: Entity, personal: list[Field], users: list[Relation], genome: Genome) -> Activity:
    data = [f"`{f.name}` ({f.type}{', health data' if f.phi else ''})" for f in personal]
    data += [f"`{r.name}` (the user it links to)" for r in users]
    return Activity(
        entity=entity.name,
        title=f"{entity.verbose_name_plural[:1].upper()}{entity.verbose_name_plural[1:]}",
        description=cell(entity.description or f"{entity.verbose_name_plural} of a workspace."),
        data=data,
        readers=read_by(entity),
        writers=changed_by(entity),
        retention=retention(entity, genome),
        audited=entity.audit,
        health=any(f.phi for f in personal),
    )


def app_row(entity: Entity) -> str:
    api = "read and write" if entity.writable else "read only"
    where = f"`/api/v1/{entity.url}/` ({api})" if entity.routed else "no API"
    scope = "workspace" if entity.tenant else "shared"
    held = f"{entity.name}: {cell(entity.description)}" if entity.description else entity.name
    return f"| `apps.{entity.app_label}` | {held} | {scope} | {where} |"


# ------------------------------------------------------------------ Mermaid
def quoted(name: str) -> str:
    return f'"{name}"'


def attribute(kind: str, name: str, key: str = "", comment: str = "") -> str:
    if name.lower() in MERMAID_KEYS:
        # Mermaid reads a bare pk/fk/uk as a key marker, and attribute names cannot be quoted.
        comment = ", ".join(c for c in (comment, f"named {name}") if c)
        name = f"{name}_"
    parts = [kind, name, *([key] if key else []), *([quoted(comment)] if comment else [])]
    return "        " + " ".join(parts)


def field_comment(f: Field) -> str:
    notes = [n for n, on in (("required", f.required), ("PII", f.pii), ("PHI", f.phi)) if on]
    return ", ".join(notes)


CARDINALITY = {
    # (kind, required) -> the Mermaid relationship, source on the left.
    ("many_to_one", True): "}o--||",
    ("many_to_one", False): "}o--o|",
    ("one_to_one", True): "|o--||",
    ("one_to_one", False): "|o--o|",
    ("many_to_many", True): "}o--o{",
    ("many_to_many", False): "}o--o{",
}


def er_diagram(genome: Genome) -> str:
    """The genome's data model as a Mermaid erDiagram, with the users app's models
    and the audit log.

    Every entity name is quoted: Mermaid reads some bare words (class, style) as
    keywords.
    """
    lines = ["erDiagram"]
    lines.append(f"    {quoted('User')} {{")
    lines += [
        attribute("bigint", "id", "PK"),
        attribute("email", "email", "UK", "PII"),
        attribute("string", "first_name", comment="PII"),
        attribute("string", "last_name", comment="PII"),
        attribute("bigint", "active_workspace_id", "FK"),
    ]
    lines.append("    }")
    lines.append(f"    {quoted('Workspace')} {{")
    lines += [attribute("bigint", "id", "PK"), attribute("string", "name")]
    lines.append("    }")
    lines.append(f"    {quoted('Membership')} {{")
    lines += [
        attribute("bigint", "user_id", "FK"),
        attribute("bigint", "workspace_id", "FK"),
        attribute("string", "role", comment=" | ".join(genome.role_values)),
    ]
    lines.append("    }")
    lines.append(f"    {quoted('Invitation')} {{")
    lines += [
        attribute("bigint", "id", "PK"),
        attribute("bigint", "workspace_id", "FK"),
        attribute("email", "email", comment="PII"),
        attribute("string", "role"),
        attribute("string", "token_hash", "UK", "SHA-256 of the token"),
        attribute("bigint", "invited_by_id", "FK"),
        attribute("datetime", "expires_at"),
        attribute("datetime", "accepted_at"),
    ]
    lines.append("    }")
    if genome.audit:
        lines.append(f"    {quoted('AuditLog')} {{")
        lines += [
            attribute("bigint", "id", "PK"),
            attribute("bigint", "workspace_id", "FK"),
            attribute("bigint", "content_type_id", "FK", "the audited model"),
            attribute("string", "object_id", comment="the audited row"),
            attribute("bigint", "actor_id", "FK"),
            attribute("string", "action", comment="create | update | delete | restore"),
            attribute("json", "changes", comment="pii and phi values masked"),
            attribute("inet", "ip"),
            attribute("string", "user_agent"),
            attribute("datetime", "created_at"),
        ]
        lines.append("    }")
    for entity in genome.entities:
        lines.append(f"    {quoted(entity.name)} {{")
        lines.append(attribute("bigint", "id", "PK"))
        if entity.tenant:
            lines.append(attribute("bigint", "workspace_id", "FK"))
        for f in entity.fields:
            lines.append(attribute(diagram_type(f), f.name, "UK" if f.unique else "", field_comment(f)))
        for rel in entity.relations:
            if not rel.many:
                lines.append(attribute("bigint", f"{rel.name}_id", "FK", "required" if rel.required else ""))
        if entity.soft_delete:
            lines.append(attribute("datetime", "deleted_at", comment="soft delete"))
        lines.append("    }")
    lines.append(f'    {quoted("User")} ||--o{{ {quoted("Membership")} : "memberships"')
    lines.append(f'    {quoted("Workspace")} ||--o{{ {quoted("Membership")} : "memberships"')
    lines.append(f'    {quoted("Workspace")} ||--o{{ {quoted("Invitation")} : "invitations"')
    lines.append(f'    {quoted("Invitation")} }}o--o| {quoted("User")} : "invited_by"')
    if genome.audit:
        lines.append(f'    {quoted("AuditLog")} }}o--o| {quoted("Workspace")} : "workspace"')
        lines.append(f'    {quoted("AuditLog")} }}o--o| {quoted("User")} : "actor"')
    for entity in genome.entities:
        if entity.tenant:
            lines.append(f'    {quoted(entity.name)} }}o--|| {quoted("Workspace")} : "workspace"')
        for rel in entity.relations:
            target = rel.target.name if rel.target is not None else "User"
            shape = CARDINALITY[(rel.kind, rel.required)]
            lines.append(f"    {quoted(entity.name)} {shape} {quoted(target)} : {quoted(rel.name)}")
    return "\n".join(lines)
