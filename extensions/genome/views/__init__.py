"""Typed views of the genome, one per generated module (or group of modules).

A view is a frozen dataclass holding what one generated file needs: which
classes, fields, keyword arguments and imports, as facts and short expressions.
The file's shape (classes, functions, tests) is in its template. Views read the
genome and never write back into it; one view may read another.

Each module of this package that defines ``build(genome, ...)`` is a view, reached
from templates by its module name::

    {% set model = views.models(entity) %}

``views.models(entity)`` imports ``genome.views.models`` and calls its
``build(genome, entity)`` once per genome and entity; ``views.api()`` calls
``build(genome)``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ..model import Entity, Genome


class Views:
    """The views of one genome, each built on first use and kept."""

    def __init__(self, genome: Genome):
        self.genome = genome
        self._built: dict[tuple[str, str], Any] = {}

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            module = importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"no view {name!r}: extensions/genome/views/{name}.py") from None
        if not hasattr(module, "build"):
            raise AttributeError(f"{name!r} is not a view: extensions/genome/views/{name}.py has no build()")

        def view(entity: Entity | None = None) -> Any:
            key = (name, "" if entity is None else entity.name)
            if key not in self._built:
                args = () if entity is None else (entity,)
                self._built[key] = module.build(self.genome, *args)
            return self._built[key]

        return view
