"""The view of a workspace entity's role matrix, apps/<app>/generated/permissions.py."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Node, Pair, Seq, py_str


@dataclass(frozen=True)
class Permissions:
    """``ROLE_PERMISSIONS``: each action's roles, as ``Role`` constants; for an entity
    with an owner, ``OWNER_FIELD`` (its name, a literal) and ``OWN_ROLE_PERMISSIONS``:
    the actions some role may take on its own rows only, and those roles; and
    ``FIELD_ROLES``: the roles that read each field with ``visible_to`` (None: none)."""

    matrix: Node
    owner_field: str
    own_matrix: Node | None
    field_roles: Node | None


def build(genome: Genome, entity: Entity) -> Permissions:
    owned = {action: roles for action, roles in entity.own_permissions.items() if roles}
    return Permissions(
        matrix=matrix(genome, entity.permissions),
        owner_field=py_str(entity.owner.name) if entity.owner else "",
        own_matrix=matrix(genome, owned) if entity.owner else None,
        field_roles=field_roles(genome, entity),
    )


def matrix(genome: Genome, permissions: dict[str, list[str]]) -> Node:
    """``{key: (Role.X, ...)}`` from each key's role values."""
    constants = {role.value: role.constant for role in genome.roles}
    actions = [
        Pair(py_str(action), Seq([f"Role.{constants[r]}" for r in roles], ("(", ")")))
        for action, roles in permissions.items()
    ]
    return Seq(actions, ("{", "}"))


def field_roles(genome: Genome, entity: Entity) -> Node | None:
    readers = {f.name: list(f.visible_to) for f in entity.fields if f.visible_to}
    return matrix(genome, readers) if readers else None
