"""What a declared unit of the generated project is made of."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..model import Genome

# The prefix of every route an entity can take.
API = "/api/v1/"


@dataclass(frozen=True)
class Route:
    """A URL prefix the unit serves and what it serves there."""

    path: str
    purpose: str

    @property
    def api_segment(self) -> str | None:
        """The first segment after /api/v1/, the one an entity's URL could take;
        None for a route outside the API."""
        if not self.path.startswith(API):
            return None
        return self.path.removeprefix(API).split("/")[0]


@dataclass(frozen=True)
class Feature:
    """One switch, compliance flag or capability and all it adds to the project.

    ``files`` are paths in the generated project, or folders (ending with ``/``)
    whose every file is the unit's; ``{app_label}`` stands for each entity app that
    has the capability (every entity app for a switch). ``replaces`` are paths of the
    project that the unit's own files replace: rendered only while it is off.
    ``settings`` are names in config/settings/, a dotted name being a key of a
    setting's dict (``REST_FRAMEWORK.DEFAULT_SCHEMA_CLASS``); each covers its keys.
    ``requirements`` are package names in requirements/base.txt, ``apps`` entries of
    INSTALLED_APPS. ``entity_names``, ``app_labels`` and ``members`` are names an
    entity, an app label and a field or relation may not take, and every route
    under /api/v1/ is a URL an entity may not take: all of them are reserved whether
    or not the genome turns the unit on, as is every path of its ``pages``. ``docs`` are pages of this repository's
    docs/ that describe the unit.
    """

    key: str
    kind: Literal["project", "switch", "compliance", "capability", "combination"]
    title: str
    on: Callable[[Genome], bool]
    apps: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    replaces: tuple[str, ...] = ()
    routes: tuple[Route, ...] = ()
    settings: tuple[str, ...] = ()
    requirements: tuple[str, ...] = ()
    entity_names: tuple[str, ...] = ()
    app_labels: tuple[str, ...] = ()
    members: tuple[str, ...] = ()
    # The web app's own pages, by the first segment of their path: the web app
    # shows each entity at /<its URL>, so an entity may not take one either.
    pages: tuple[Route, ...] = ()
    docs: tuple[str, ...] = ()
