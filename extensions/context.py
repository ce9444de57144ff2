"""Copier's entry point: puts the validated, normalised genome in the render context.

copier-template-extensions calls ``hook`` for every template copier renders,
thousands of times for one project, so the genome is built once per answer set.
"""

from __future__ import annotations

import functools
import json
import sys
from collections import OrderedDict
from pathlib import Path
from typing import Any

import yaml
from copier_template_extensions import ContextHook

# libyaml's loader when PyYAML has it: the answers file holds the whole genome.
SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

HERE = Path(__file__).resolve().parent


def _forget_other_genome_packages() -> None:
    """`copier update` loads two versions of this template in one process: the
    genome package must be this directory's, not the other version's."""
    for name, module in list(sys.modules.items()):
        if name == "genome" or name.startswith("genome."):
            origin = getattr(module, "__file__", None)
            if origin is None or not Path(origin).resolve().is_relative_to(HERE):
                del sys.modules[name]


_forget_other_genome_packages()
sys.path.insert(0, str(HERE))

from genome import TOP_LEVEL_KEYS, GenomeError, build  # noqa: E402
from genome.naming import project_slug  # noqa: E402
from genome.patches import cache_compilation  # noqa: E402
from genome.pycode import fit  # noqa: E402
from genome.views import Views  # noqa: E402

_by_identity: list[tuple[tuple[Any, ...], Any]] = []
# The genomes of the last few answer sets: a copy needs one, an update two (the old
# and the new answers); more would only grow in a long-lived process such as a test run.
_by_content: OrderedDict[str, Any] = OrderedDict()
CONTENT_CACHE_SIZE = 4


def genome_for(context: dict[str, Any]) -> tuple[Any, Any]:
    """The built genome and its views for this context's answers, built once per
    answer set.

    Most calls pass the very same answer objects: they are recognised by identity.
    Copier copies the answers between its phases, so equal answers are then
    recognised by content.
    """
    answers = tuple(context.get(key) for key in TOP_LEVEL_KEYS)
    for cached_answers, built in _by_identity:
        if all(a is b for a, b in zip(cached_answers, answers, strict=True)):
            return built
    data = {key: context[key] for key in TOP_LEVEL_KEYS if context.get(key) is not None}
    conf = context.get("_copier_conf") or {}
    extra = conf.get("data") or {}
    previous = previous_answers(conf)
    key = json.dumps([data, dict(extra), previous], sort_keys=True, default=str)
    built = _by_content.get(key)
    if built is not None:
        _by_content.move_to_end(key)
    else:
        try:
            genome = build(data, extra_keys=extra, previous=previous)
        except GenomeError as error:
            refused = RefusedGenome(error)
            built = (refused, refused)
        else:
            built = (genome, Views(genome))
        _by_content[key] = built
        if len(_by_content) > CONTENT_CACHE_SIZE:
            _by_content.popitem(last=False)
    # The cache holds the answer objects themselves, so their ids stay valid.
    _by_identity[:] = [(answers, built)]
    return built


def previous_answers(conf) -> dict[str, Any] | None:
    """The answers the destination was last generated with, if it has them."""
    dst, answers_file = conf.get("dst_path"), conf.get("answers_file")
    if not dst or not answers_file:
        return None
    path = Path(dst) / answers_file
    try:
        stat = path.stat()
    except OSError:
        return None
    return _answers_file(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=8)
def _answers_file(path: Path, mtime_ns: int, size: int) -> dict[str, Any] | None:
    """The parsed answers file, read again only when it changes on disk."""
    answers = yaml.load(path.read_text(), Loader=SafeLoader)
    return answers if isinstance(answers, dict) else None


class RefusedGenome:
    """Stands in for a genome that breaks the contract: reading it raises the GenomeError.

    Copier turns an exception raised while it validates an answer into a bare
    ValueError, which its CLI prints as a traceback. So the hook never raises; the
    error surfaces when a template reads the genome, first the hidden genome_check
    question, before anything is written.
    """

    def __init__(self, error: GenomeError):
        self._error = error

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise self._error


class GenomeContext(ContextHook):
    def __init__(self, environment):
        super().__init__(environment)
        # copier.yml derives project_slug's default with it.
        environment.filters["project_slug"] = project_slug
        environment.filters["fit"] = fit
        cache_compilation(environment)

    def hook(self, context: dict[str, Any]) -> None:
        # While copier still asks questions, the genome is incomplete.
        if any(key not in context for key in TOP_LEVEL_KEYS):
            return
        context["genome"], context["views"] = genome_for(context)
