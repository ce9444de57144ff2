"""The view of an entity's permission tests (``generated/tests/test_permissions.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Imports, py_str

# What another member's row answers an own-only role: a list leaves it out, a lookup
# does not find it, a write is refused.
OTHERS_STATUS = {"list": "status.HTTP_200_OK", "retrieve": "status.HTTP_404_NOT_FOUND"}


@dataclass(frozen=True)
class RoleCase:
    """Whether a role may perform an action, as the genome's permissions say."""

    role: str  # a string literal
    action: str
    allowed: bool


@dataclass(frozen=True)
class OwnCase:
    """A role allowed an action on its own rows only, and what another member's row
    answers it (``OTHERS_STATUS``)."""

    role: str  # a string literal
    action: str
    others: str  # a ``status`` constant


@dataclass(frozen=True)
class TestPermissions:
    """The role matrix: each role against each action of the API; then each own-only
    grant, on the user's own row and on another member's. ``owner`` is the owner
    relation's name, "" without one."""

    imports: str
    cases: tuple[RoleCase, ...]
    own_cases: tuple[OwnCase, ...]
    owner: str


def build(genome: Genome, entity: Entity) -> TestPermissions:
    imports = Imports().add("pytest").add("rest_framework", "status")
    imports.add("apps.core.testing", "perform")
    imports.add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
    actions = ["list", "retrieve"]
    if entity.writable:
        actions += ["create", "update", "delete"]
        imports.add(f"apps.{entity.app_label}.generated.tests.payloads", "payload")
    own = entity.own_permissions
    cases = tuple(
        RoleCase(py_str(role.value), action, role.value in entity.permissions[action])
        for role in genome.roles
        for action in actions
        if role.value not in own[action]
    )
    own_cases = tuple(
        OwnCase(py_str(role.value), action, others_status(action))
        for role in genome.roles
        for action in actions
        if role.value in own[action]
    )
    if own_cases:
        imports.add("apps.core.testing", "join", "member_of", "signed_in")
    return TestPermissions(
        imports=imports.render(),
        cases=cases,
        own_cases=own_cases,
        owner=entity.owner.name if entity.owner else "",
    )


def others_status(action: str) -> str:
    return OTHERS_STATUS.get(action, "status.HTTP_403_FORBIDDEN")
