"""The view of apps/core/tests/test_stories.py: a test per structured acceptance line."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Genome
from ..pycode import Imports, def_header, py_str
from .common import docstring

# The test functions' parameters: the fixtures they use.
FIXTURES = ("client_for_role", "workspace")


@dataclass(frozen=True)
class StoryTest:
    """One ``<role> can|cannot <action> <Entity>`` line: the request and whether it passes."""

    header: str
    docstring: str
    # The role and the action as Python literals.
    role: str
    action: str
    url: str
    factory: str
    tenant: bool
    # The payload function's local name, for a create or an update; else "".
    payload: str
    allowed: bool


@dataclass(frozen=True)
class Stories:
    """The test module's imports and its tests, in the genome's order."""

    imports: str
    tests: tuple[StoryTest, ...]


def build(genome: Genome) -> Stories:
    by_name = {e.name: e for e in genome.entities}
    imports = Imports().add("pytest").add("rest_framework", "status").add("apps.core.testing", "perform")
    tests = []
    for story in genome.stories:
        for check in story.checks:
            entity = by_name[check["entity"]]
            factory = f"{entity.name}Factory"
            imports.add(f"apps.{entity.app_label}.generated.factories", factory)
            payload = ""
            if check["action"] in {"create", "update"}:
                payload = f"{entity.snake}_payload"
                imports.add(f"apps.{entity.app_label}.generated.tests.payloads", f"payload as {payload}")
            tests.append(
                StoryTest(
                    header=def_header(check["test"], *FIXTURES),
                    docstring=docstring(f"{story.id}: {check['line']}", 1),
                    role=py_str(check["role"]),
                    action=py_str(check["action"]),
                    url=entity.url,
                    factory=factory,
                    tenant=entity.tenant,
                    payload=payload,
                    allowed=check["allowed"],
                )
            )
    return Stories(imports=imports.render(), tests=tuple(tests))
