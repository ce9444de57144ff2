"""User stories: their ids and roles, and the acceptance lines the generated tests check."""

from __future__ import annotations

import re
from collections.abc import Mapping

from .. import naming
from ..errors import Problems, suggest
from ..model import Entity, Story
from ..spec import ACTIONS, StorySpec

STORY_LINE = re.compile(
    r"^\s*(?P<role>\w+)\s+(?P<verb>can|cannot)\s+(?P<action>\w+)\s+(?:(?P<own>own)\s+)?"
    r"(?P<entity>\w+)\s*\.?\s*$"
)


def build_stories(
    problems: Problems, specs: list[StorySpec], by_name: Mapping[str, Entity], roles: list[str]
) -> list[Story]:
    stories: list[Story] = []
    seen: set[str] = set()
    used: set[str] = set()
    for i, spec in enumerate(specs):
        where = f"stories[{i}]"
        if spec.id in seen:
            problems.add(f"{where}.id", f"{spec.id!r} is used by another story; story ids must be unique")
        seen.add(spec.id)
        if spec.as_ not in roles:
            problems.add(
                f"{where}.as",
                f"{spec.as_!r} is not a role{suggest(spec.as_, roles)}; roles are {', '.join(roles)}",
            )
        checks: list[dict] = []
        notes: list[str] = []
        for k, line in enumerate(spec.acceptance):
            match = STORY_LINE.match(line)
            structured = match and match["action"] in ACTIONS and naming.PASCAL_RE.match(match["entity"])
            if not structured:
                notes.append(line)
                continue
            check = acceptance_check(problems, f"{where}.acceptance[{k}]", match, by_name, roles)
            if check is not None:
                checks.append(check)
        name_story_tests(spec.id, checks, used)
        stories.append(
            Story(id=spec.id, role=spec.as_, want=spec.want, so_that=spec.so_that, checks=checks, notes=notes)
        )
    return stories


def acceptance_check(
    problems: Problems, where: str, match: re.Match, by_name: Mapping[str, Entity], roles: list[str]
) -> dict | None:
    """The check of a structured acceptance line, or None when the genome contradicts it."""
    if match["entity"] not in by_name:
        problems.add(
            where,
            f"{match['entity']!r} is not an entity{suggest(match['entity'], by_name)}; "
            f"entities are {', '.join(by_name)}",
        )
        return None
    role, allowed, action = match["role"], match["verb"] == "can", match["action"]
    entity = by_name[match["entity"]]
    if role not in roles:
        problems.add(where, f"{role!r} is not a role{suggest(role, roles)}; roles are {', '.join(roles)}")
        return None
    own = match["own"] is not None
    wrong = permission_problem(entity, role, action, allowed, own)
    if wrong:
        problems.add(where, wrong)
        return None
    if entity.api == "none" or (entity.api == "read_only" and action not in {"list", "retrieve"}):
        problems.add(where, f"{entity.name} has api: {entity.api}, so no one can {action} it through the API")
        return None
    line = match.string.strip()
    # A cannot line for a role allowed the action on its own rows: another's row.
    others = not allowed and not own and role in entity.own_permissions[action]
    return {
        "role": role,
        "allowed": allowed,
        "action": action,
        "own": own,
        "others": others,
        "entity": entity.name,
        "line": line,
    }


def permission_problem(entity: Entity, role: str, action: str, allowed: bool, own: bool) -> str:
    """How the line contradicts the entity's permissions, or ""."""
    said = f"{role} {'can' if allowed else 'cannot'}"
    if own and entity.owner is None:
        return f"{entity.name} has no owner, so no row is {role}'s own; add owner: <a relation to User> to {entity.name}, or write '{said} {action} {entity.name}'"
    if own and action == "create":
        return f"a new row has no owner until it is created; write '{said} create {entity.name}'"
    full, own_only = entity.permissions[action], entity.own_permissions[action]
    granted = role in full or (own and role in own_only)
    if granted == allowed:
        return ""
    fix = f"change the line or {entity.name}.permissions.{action}"
    if role in own_only:
        fix = f"write '{role} can {action} own {entity.name}' for the rows {role} owns, or {fix}"
        return f"contradicts the permissions of {entity.name}, which grant {action} to {role} on its own rows only; {fix}"
    verb = "grant" if granted else "deny"
    rows = " on its own rows" if own else ""
    return f"contradicts the permissions of {entity.name}, which {verb} {action} to {role}{rows}; {fix}"


def name_story_tests(story_id: str, checks: list[dict], used: set[str]) -> None:
    """Each structured acceptance line's test name, unique in test_stories.py."""
    for check in checks:
        verb = "can" if check["allowed"] else "cannot"
        own = " own" if check["own"] else ""
        base = naming.snake(f"{story_id} {check['role']} {verb} {check['action']}{own} {check['entity']}")
        test_name = f"test_{base}"
        suffix = 2
        while test_name in used:
            test_name, suffix = f"test_{base}_{suffix}", suffix + 1
        used.add(test_name)
        check["test"] = test_name
