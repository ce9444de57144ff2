"""The view of a workspace entity's role matrix, apps/<app>/generated/permissions.py."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Node, Pair, Seq, py_str


@dataclass(frozen=True)
class Permissions:
    """``ROLE_PERMISSIONS``: each action's roles, as ``Role`` constants."""

    matrix: Node


def build(genome: Genome, entity: Entity) -> Permissions:
    constants = {role.value: role.constant for role in genome.roles}
    actions = [
        Pair(py_str(action), Seq([f"Role.{constants[r]}" for r in roles], ("(", ")")))
        for action, roles in entity.permissions.items()
    ]
    return Permissions(matrix=Seq(actions, ("{", "}")))
