"""The view of the project's settings: config/settings/base.py, pyproject.toml and
the request size nginx accepts (docker-compose.yml)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from .. import naming
from ..features.capabilities import AUDIT
from ..kinds import choice_values, kind_of
from ..model import Genome
from ..pycode import Pair, Seq, py_str
from .common import api_summary

MIB = 1024 * 1024
# Django refuses a request body over DATA_UPLOAD_MAX_MEMORY_SIZE (2.5 MiB), files apart.
BODY_MIB = 3
# A file field without max_size: Django sets no limit, so nginx needs one.
UNLIMITED_UPLOAD = "100m"
# The OpenAPI tags of the users app's URL prefixes.
ACCOUNT_TAGS = (
    ("auth", "Sign up, sign in, tokens, the profile and passwords."),
    ("workspaces", "Workspaces, their members and invitations."),
    ("invitations", "Accepting an invitation to a workspace."),
)
AUDIT_TAG = (AUDIT.routes[0].api_segment, "Who changed what, for the workspace's managers.")


@dataclass(frozen=True)
class Settings:
    """The project's constants as Python and TOML literals, drf-spectacular's enum
    names and tags, and nginx's ``client_max_body_size``."""

    project_name: str
    description: str
    description_toml: str
    # (enum name, dotted path of its choices) for each set of choices to name.
    enum_overrides: tuple[tuple[str, str], ...]
    # Each tag's dict display, printed as an item of the TAGS list.
    tags: tuple[str, ...]
    client_max_body_size: str


def build(genome: Genome) -> Settings:
    return Settings(
        project_name=py_str(genome.project_name),
        description=py_str(genome.description),
        description_toml=json.dumps(genome.description or genome.project_name),
        enum_overrides=enum_overrides(genome),
        tags=tuple(tag_item(name, text) for name, text in api_tags(genome)),
        client_max_body_size=client_max_body_size(genome),
    )


def enum_overrides(genome: Genome) -> tuple[tuple[str, str], ...]:
    """SPECTACULAR_SETTINGS["ENUM_NAME_OVERRIDES"]: a name for each set of choices
    whose field name other choices share (two ``status`` fields, a ``role`` field)."""
    sets: dict[str, dict[tuple[str, ...], tuple[str, str]]] = {
        "role": {tuple(genome.role_values): ("RoleEnum", "apps.users.roles.Role")}
    }
    for entity in genome.entities:
        for field in entity.fields:
            if field.choices_class:
                values = tuple(choice_values(field.spec))
                name = f"{entity.name}{naming.pascal(field.name)}Enum"
                path = f"apps.{entity.app_label}.generated.models.{entity.name}Base.{field.choices_class}"
                sets.setdefault(field.name, {}).setdefault(values, (name, path))
    return tuple(override for named in sets.values() if len(named) > 1 for override in named.values())


def api_tags(genome: Genome) -> list[tuple[str, str]]:
    """SPECTACULAR_SETTINGS["TAGS"]: the OpenAPI tag of each URL prefix, described."""
    tags = list(ACCOUNT_TAGS)
    for entity in genome.routed_entities:
        summary = api_summary(entity)
        tags.append((entity.url, entity.description or f"{summary[0].upper()}{summary[1:]}."))
    if genome.audit:
        tags.append(AUDIT_TAG)
    return tags


def tag_item(name: str, text: str) -> str:
    tag = Seq([Pair('"name"', py_str(name)), Pair('"description"', py_str(text))], ("{", "}"))
    return "\n".join(tag.lines(2, suffix=","))


def client_max_body_size(genome: Genome) -> str:
    """nginx's client_max_body_size: the largest request the genome's API accepts.

    One request can carry every file field of an entity, so the bound is the largest
    sum of one entity's ``max_size`` values, in whole MiB, plus the rest of the body.
    """
    largest = 0
    for entity in genome.entities:
        sizes = [f.spec.max_size if f.spec else None for f in entity.fields if kind_of(f).value.upload]
        if None in sizes:
            return UNLIMITED_UPLOAD
        largest = max(largest, sum(sizes))
    return f"{-(-largest // MIB) + BODY_MIB}m"
