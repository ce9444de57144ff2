"""Validate a genome and normalise it into the objects of ``model.py``.

``genome.py`` builds the whole from ``entities.py`` (with the entity's comparisons in
``rules.py``), ``fields.py`` (with the type-specific keys of ``keys.py``),
``relations.py`` and ``stories.py``; each reports its problems at their place in the
genome.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from ..changes import check_changes, previous_spec
from ..errors import GenomeError, Problems, from_validation_error, suggest
from ..model import Genome
from ..spec import TOP_LEVEL_KEYS, GenomeSpec
from .genome import build_genome
from .permissions import default_permissions

__all__ = ["build", "default_permissions", "parse"]

REQUIRED_KEYS = ("project_name", "entities")


def build(
    data: Mapping[str, Any],
    extra_keys: Mapping[str, Any] | None = None,
    previous: Mapping[str, Any] | None = None,
) -> Genome:
    """The validated, normalised genome, or GenomeError naming every problem.

    ``extra_keys`` is the data file as given, when there is one: its unknown keys
    are errors, and so are required keys it leaves out (copier would otherwise
    answer them with the questions' defaults). ``previous`` holds the answers the
    project was last generated with; changes from them must be safe for its data.
    """
    given = extra_keys or {}
    problems = unknown_top_level(given)
    if given:
        problems += [(key, "is required") for key in REQUIRED_KEYS if key not in given]
    try:
        spec = parse(data)
    except GenomeError as error:
        raise GenomeError([*problems, *error.problems]) from None
    found = Problems()
    genome = build_genome(found, spec)
    problems += found.found
    old = previous_spec(previous) if previous else None
    if old is not None:
        problems += check_changes(old, spec)
    if problems:
        raise GenomeError(problems)
    genome.source = dict(data)
    return genome


def parse(data: Mapping[str, Any]) -> GenomeSpec:
    """Validate the raw genome's shape; raise GenomeError listing every problem."""
    try:
        return GenomeSpec.model_validate(dict(data))
    except ValidationError as error:
        raise GenomeError(from_validation_error(error, GenomeSpec)) from None


def unknown_top_level(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [
        (
            str(key),
            f"unknown top-level key{suggest(str(key), TOP_LEVEL_KEYS)}; allowed keys: {', '.join(TOP_LEVEL_KEYS)}",
        )
        for key in data
        if key not in TOP_LEVEL_KEYS and not str(key).startswith("_")
    ]
