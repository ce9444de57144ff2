"""What extensions/genome/patches.py relies on in copier and Jinja still holds.

The compile cache wraps a method of copier's Jinja environment. These tests fail
when copier or Jinja changes under it, before a render goes wrong.
"""

from __future__ import annotations

import inspect

import pytest
from copier._jinja_ext import get_yield_context
from copier._main import Worker
from genome.patches import cache_compilation
from jinja2 import Environment


@pytest.fixture
def copier_env(tmp_path):
    """The Jinja environment copier builds for a template, with the patch applied."""
    (tmp_path / "copier.yml").write_text("_envops: {keep_trailing_newline: true}\n")
    env = Worker(src_path=str(tmp_path), dst_path=tmp_path / "out").jinja_env
    cache_compilation(env)
    return env


def test_compile_takes_the_arguments_the_cache_keys_on():
    parameters = list(inspect.signature(Environment.compile).parameters)
    assert parameters == ["self", "source", "name", "filename", "raw", "defer_init"]


def test_from_string_compiles_each_source_once(copier_env, monkeypatch):
    compiled = []
    original = Environment._compile
    monkeypatch.setattr(
        Environment,
        "_compile",
        lambda self, source, filename: compiled.append(filename) or original(self, source, filename),
    )
    for _ in range(3):
        assert copier_env.from_string("{{ x }}-{{ y }}").render(x=1, y=2) == "1-2"
    assert len(compiled) == 1


def test_copier_yield_state_is_reset_on_every_compile_cached_or_not(copier_env):
    """Copier reads the yield tag's state after rendering a path part; its extension
    resets that state in preprocess, which the cache must not skip."""
    yielding = "{% yield app from apps %}{{ app }}{% endyield %}"
    for _ in range(2):
        copier_env.from_string(yielding).render(apps=["a", "b"])
        assert get_yield_context(copier_env).yield_name == "app"
        assert copier_env.from_string("plain").render() == "plain"
        assert get_yield_context(copier_env).yield_name is None


def test_parsed_templates_compile_uncached(copier_env):
    parsed = copier_env.parse("{{ 1 + 1 }}")
    assert copier_env.from_string(parsed).render() == "2"
