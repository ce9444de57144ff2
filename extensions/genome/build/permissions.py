"""Who may do what with an entity's rows: its permissions, and the owner that ``role:own`` needs."""

from __future__ import annotations

from ..errors import Problems, suggest
from ..model import Entity, Relation
from ..spec import ACTIONS, EntitySpec

OWN = ":own"


def check_permissions(problems: Problems, entities: list[Entity], roles: list[str]) -> None:
    defaults = default_permissions(roles)
    for entity in entities:
        spec: EntitySpec = entity.spec
        where = f"{entity.where}.permissions"
        entity.owner = owner(problems, entity)
        if not entity.tenant:
            # Shared data: every member reads it, only staff write it.
            if spec.permissions.model_fields_set:
                problems.add(
                    where,
                    "does not apply to shared data (tenant: false), which every member reads "
                    "and only staff write; remove permissions or make the entity a tenant one",
                )
            reads = {"list": list(roles), "retrieve": list(roles)}
            entity.permissions = {action: reads.get(action, []) for action in ACTIONS}
            entity.own_permissions = {action: [] for action in ACTIONS}
            continue
        for action in ACTIONS:
            given = getattr(spec.permissions, action)
            if given is None:
                entity.permissions[action] = list(defaults[action])
                entity.own_permissions[action] = []
                continue
            full, own = grants(problems, f"{where}.{action}", entity, action, given, roles)
            entity.permissions[action] = [r for r in roles if r in full]
            entity.own_permissions[action] = [r for r in roles if r in own]


def grants(
    problems: Problems, where: str, entity: Entity, action: str, given: list[str], roles: list[str]
) -> tuple[set[str], set[str]]:
    """The roles ``given`` allows ``action`` on every row, and those on their own rows only."""
    full: set[str] = set()
    own: set[str] = set()
    for k, item in enumerate(given):
        role, _, suffix = item.partition(":")
        here = f"{where}[{k}]"
        if suffix not in {"", "own"}:
            problems.add(here, f"{item!r} is not a role or role:own such as '{role}:own'")
            continue
        if role not in roles:
            problems.add(here, f"{role!r} is not a role{suggest(role, roles)}; roles are {', '.join(roles)}")
            continue
        if not suffix:
            full.add(role)
            continue
        if action == "create":
            problems.add(
                here,
                f"a new row is owned by whoever creates it, so create cannot be limited to own rows; "
                f"grant create to {role} and set default: current_user on the owner relation",
            )
        elif entity.spec.owner is None:
            problems.add(
                here,
                f"{item!r} needs the owner of {entity.name}'s rows; add owner: <a relation to User>",
            )
        own.add(role)
    for role in full & own:
        problems.add(where, f"lists {role} both as {role!r} and as '{role}{OWN}'; keep one of them")
    return full, own - full


def owner(problems: Problems, entity: Entity) -> Relation | None:
    """The relation ``owner`` names, or None when there is none or it cannot own rows."""
    name = entity.spec.owner
    if name is None:
        return None
    where = f"{entity.where}.owner"
    relations = {r.name: r for r in entity.relations}
    if name not in relations:
        problems.add(
            where,
            f"{name!r} is not a relation of {entity.name}{suggest(name, relations)}; "
            "owner names a many_to_one or one_to_one relation to User",
        )
        return None
    rel = relations[name]
    if rel.target_name != "User":
        problems.add(
            where,
            f"{name} is a relation to {rel.target_name}, and a row's owner is a User; "
            "name a relation to User, or point this one to User",
        )
        return None
    if rel.many:
        problems.add(
            where,
            f"{name} holds many users, and a row has one owner; use kind many_to_one or one_to_one",
        )
        return None
    if not entity.tenant:
        problems.add(
            where,
            "does not apply to shared data (tenant: false), which every member reads and only staff write; remove owner",
        )
        return None
    return rel


def default_permissions(roles: list[str]) -> dict[str, list[str]]:
    writers = roles[:-1] or roles
    return {"list": roles, "retrieve": roles, "create": writers, "update": writers, "delete": roles[:2]}
