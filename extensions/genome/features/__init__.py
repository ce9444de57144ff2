"""The generated project's parts as declared units, and the names they reserve.

Each feature switch, compliance flag and capability a genome can turn on is one
``Feature`` declaration listing what it adds: apps, files, routes, settings,
requirements, the names it takes and the docs that describe it. The tests render
genomes with and without each unit and check that the declarations are what the
templates produce.

The names a unit takes are reserved whether or not the genome turns it on: an
entity may not take the URL, model name or app label of a unit that is off, so
that turning the unit on later (``copier update``) never meets an entity already
there, and never shadows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .capabilities import CAPABILITIES
from .compliance import COMPLIANCE, FLAGS
from .project import PROJECT
from .switches import SWITCHES
from .unit import API, Feature, Route

if TYPE_CHECKING:
    from ..model import Genome

FEATURES: tuple[Feature, ...] = (PROJECT, *SWITCHES, COMPLIANCE, *FLAGS, *CAPABILITIES)


def active(genome: Genome) -> list[Feature]:
    """The units ``genome`` turns on, the project first."""
    return [feature for feature in FEATURES if feature.on(genome)]


def _reserved_urls() -> dict[str, str]:
    urls: dict[str, str] = {}
    for feature in FEATURES:
        for route in feature.routes:
            if route.api_segment:
                urls.setdefault(route.api_segment, route.purpose)
    return urls


def _reserved_pages() -> dict[str, str]:
    pages: dict[str, str] = {}
    for feature in FEATURES:
        for page in feature.pages:
            pages.setdefault(page.path.strip("/").split("/")[0], page.purpose)
    return pages


# Paths under /api/v1/ that no entity may take, and what the project serves there.
RESERVED_URLS = _reserved_urls()
# The web app's page paths (their first segment) that no entity may take.
RESERVED_PAGES = _reserved_pages()
# Model names the project has, and the unit each belongs to.
RESERVED_ENTITY_NAMES = {name: feature.title for feature in FEATURES for name in feature.entity_names}
# App labels Django, the third-party apps or the project take.
RESERVED_APP_LABELS = frozenset(label for feature in FEATURES for label in feature.app_labels)
# Model attributes a unit adds to the entities that have it.
RESERVED_MEMBERS = frozenset(member for feature in FEATURES for member in feature.members)

__all__ = [
    "API",
    "FEATURES",
    "RESERVED_APP_LABELS",
    "RESERVED_ENTITY_NAMES",
    "RESERVED_PAGES",
    "RESERVED_MEMBERS",
    "RESERVED_URLS",
    "Feature",
    "Route",
    "active",
]
