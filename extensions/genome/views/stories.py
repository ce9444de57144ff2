"""The view of apps/core/tests/test_stories.py: a test per structured acceptance line."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Entity, Genome
from ..pycode import Imports, def_header, py_str
from .common import docstring
from .test_permissions import others_status

# The test functions' parameters: the fixtures they use.
FIXTURES = ("client_for_role", "workspace")
OWN_FIXTURES = ("workspace",)


@dataclass(frozen=True)
class StoryTest:
    """One ``<role> can|cannot <action> [own] <Entity>`` line: the request and whether
    it passes. An ``own`` line acts on a row of the user the test makes; a cannot line
    for a role allowed the action on its own rows acts on another member's row."""

    header: str
    docstring: str
    # The role and the action as Python literals.
    role: str
    action: str
    url: str
    # The signed-in client, and the row acted on: expressions.
    client: str
    row: str
    # The test makes the user, who owns the row.
    user: bool
    # The payload function's local name, for a create or an update; else "".
    payload: str
    allowed: bool
    # The status a refused line answers: 403, 404 for another's row an own-only role
    # retrieves, or 200 for a list that leaves it out (``unlisted``).
    refused: str
    unlisted: bool


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
            imports.add(f"apps.{entity.app_label}.generated.factories", f"{entity.name}Factory")
            payload = ""
            if check["action"] in {"create", "update"}:
                payload = f"{entity.snake}_payload"
                imports.add(f"apps.{entity.app_label}.generated.tests.payloads", f"payload as {payload}")
            if check["own"]:
                imports.add("apps.core.testing", "join", "signed_in")
            if check["others"]:
                imports.add("apps.core.testing", "member_of")
            tests.append(story_test(story.id, check, entity, payload))
    return Stories(imports=imports.render(), tests=tuple(tests))


def story_test(story_id: str, check: dict, entity: Entity, payload: str) -> StoryTest:
    role, action = py_str(check["role"]), check["action"]
    kwargs = ["workspace=workspace"] if entity.tenant else []
    if check["own"]:
        kwargs.append(f"{entity.owner.name}=user")
    elif check["others"]:
        kwargs.append(f"{entity.owner.name}=member_of(workspace)")
    return StoryTest(
        header=def_header(check["test"], *(OWN_FIXTURES if check["own"] else FIXTURES)),
        docstring=docstring(f"{story_id}: {check['line']}", 1),
        role=role,
        action=py_str(action),
        url=entity.url,
        client="signed_in(user)" if check["own"] else f"client_for_role({role})",
        row=f"{entity.name}Factory.create({', '.join(kwargs)})",
        user=check["own"],
        payload=payload,
        allowed=check["allowed"],
        refused=refused_status(check),
        unlisted=check["others"] and action == "list",
    )


def refused_status(check: dict) -> str:
    """What a refused line answers: another's row is out of an own-only role's lists
    and lookups, and refused to its writes."""
    if not check["others"]:
        return "status.HTTP_403_FORBIDDEN"
    return others_status(check["action"])
