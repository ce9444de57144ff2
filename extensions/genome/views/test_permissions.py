"""The view of an entity's permission tests (``generated/tests/test_permissions.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Imports, py_str


@dataclass(frozen=True)
class RoleCase:
    """Whether a role may perform an action, as the genome's permissions say."""

    role: str  # a string literal
    action: str
    allowed: bool


@dataclass(frozen=True)
class TestPermissions:
    """The role matrix: each role against each action of the API."""

    imports: str
    cases: tuple[RoleCase, ...]


def build(genome: Genome, entity: Entity) -> TestPermissions:
    imports = Imports().add("pytest").add("rest_framework", "status")
    imports.add("apps.core.testing", "perform")
    imports.add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
    actions = ["list", "retrieve"]
    if entity.writable:
        actions += ["create", "update", "delete"]
        imports.add(f"apps.{entity.app_label}.generated.tests.payloads", "payload")
    cases = tuple(
        RoleCase(py_str(role.value), action, role.value in entity.permissions[action])
        for role in genome.roles
        for action in actions
    )
    return TestPermissions(imports=imports.render(), cases=cases)
