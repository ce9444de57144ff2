"""The view of the README's role table: who may do what with each routed entity."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Genome
from ..spec import ACTIONS


@dataclass(frozen=True)
class EntityRoles:
    """One row: the entity and, for each action, its roles, "member (own)" for a role
    allowed it on its own rows only."""

    name: str
    tenant: bool
    actions: tuple[str, ...]


@dataclass(frozen=True)
class Roles:
    """The rows, and whether some role may act on its own rows only."""

    entities: tuple[EntityRoles, ...]
    owned: bool


def build(genome: Genome) -> Roles:
    rows = []
    for entity in genome.routed_entities:
        cells = []
        for action in ACTIONS:
            full, own = entity.permissions[action], entity.own_permissions[action]
            cells.append(
                ", ".join(
                    role if role in full else f"{role} (own)"
                    for role in genome.role_values
                    if role in full or role in own
                )
            )
        rows.append(EntityRoles(name=entity.name, tenant=entity.tenant, actions=tuple(cells)))
    owned = any(roles for e in genome.entities for roles in e.own_permissions.values())
    return Roles(entities=tuple(rows), owned=owned)
