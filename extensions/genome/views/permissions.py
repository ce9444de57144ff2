"""The view of a workspace entity's role matrix, apps/<app>/generated/permissions.py."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Node, Pair, Seq, py_str


@dataclass(frozen=True)
class Permissions:
    """``ROLE_PERMISSIONS``: each action's roles, as ``Role`` constants; for an entity
    with an owner, ``OWNER_FIELD`` (its name, a literal) and ``OWN_ROLE_PERMISSIONS``:
    the actions some role may take on its own rows only, and those roles."""

    matrix: Node
    owner_field: str
    own_matrix: Node | None


def build(genome: Genome, entity: Entity) -> Permissions:
    owned = {action: roles for action, roles in entity.own_permissions.items() if roles}
    return Permissions(
        matrix=matrix(genome, entity.permissions),
        owner_field=py_str(entity.owner.name) if entity.owner else "",
        own_matrix=matrix(genome, owned) if entity.owner else None,
    )


def matrix(genome: Genome, permissions: dict[str, list[str]]) -> Node:
    constants = {role.value: role.constant for role in genome.roles}
    actions = [
        Pair(py_str(action), Seq([f"Role.{constants[r]}" for r in roles], ("(", ")")))
        for action, roles in permissions.items()
    ]
    return Seq(actions, ("{", "}"))
