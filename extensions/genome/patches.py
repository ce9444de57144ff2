"""The template's one patch of copier's Jinja environment: each source compiles once.

Copier renders every path part and every string of every file with
``Environment.from_string``, which compiles its source each time: thousands of
compilations of the same few sources per project. Memoising ``Environment.compile``
halves the CPU time of a render (docs/benchmarks.md).

What the patch relies on, checked by tests/test_patches.py so that a new copier or
Jinja fails there first:

- ``from_string`` compiles with ``Environment.compile(source, name, filename, raw,
  defer_init)``, whose code object depends on nothing else once copier has built
  the environment;
- copier's ``yield`` tag forgets the previous render's yield in its extension's
  ``preprocess``, so ``preprocess`` still runs on every compile, cached or not.
"""

from __future__ import annotations

import functools
from types import CodeType
from typing import Any

from jinja2 import Environment


def cache_compilation(environment: Environment, maxsize: int = 4096) -> None:
    """Make ``environment`` compile each template source once."""
    original = environment.compile
    compile_once = functools.lru_cache(maxsize=maxsize)(original)

    def compile(
        source: Any,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> CodeType | str:
        if not isinstance(source, str):
            # A parsed template (jinja2.nodes.Template) is not hashable.
            return original(source, name, filename, raw, defer_init)
        environment.preprocess(source, name, filename)
        return compile_once(source, name, filename, raw, defer_init)

    environment.compile = compile  # type: ignore[method-assign]
