"""The view of a workspace entity's role matrix, apps/<app>/generated/permissions.py."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Node, Pair, Seq, py_str


@dataclass(frozen=True)
class Permissions:
    """``ROLE_PERMISSIONS``: each action's roles, as ``Role`` constants; and
    ``FIELD_ROLES``: the roles that read each field with ``visible_to`` (None: none)."""

    matrix: Node
    field_roles: Node | None


def build(genome: Genome, entity: Entity) -> Permissions:
    constants = {role.value: role.constant for role in genome.roles}

    def roles_of(roles) -> Seq:
        return Seq([f"Role.{constants[r]}" for r in roles], ("(", ")"))

    actions = [Pair(py_str(action), roles_of(roles)) for action, roles in entity.permissions.items()]
    fields = [Pair(py_str(f.name), roles_of(f.visible_to)) for f in entity.fields if f.visible_to]
    return Permissions(
        matrix=Seq(actions, ("{", "}")),
        field_roles=Seq(fields, ("{", "}")) if fields else None,
    )
