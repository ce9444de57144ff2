"""Shared fixtures: render the template from the working tree, run generated projects.

Projects are rendered from a copy of the working tree (no git clone), so tests see
uncommitted changes. Every generated project runs with this interpreter
(GENOME_PYTHON), which `make setup` fills with the generated projects' requirements.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml
from copier import run_copy

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
# The web app's dependencies, installed once by `make web-deps` and shared by every
# project the tests generate (hooks/web.py).
WEB_NODE_MODULES = ROOT / ".cache" / "web" / "node_modules"
TEMPLATE_PARTS = ("copier.yml", "template", "extensions", "hooks")
DATABASE_SERVER = os.environ.get("GENOME_TEST_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")
# The genomes the schema and type checks run on: every feature, the example, every
# field type and every relation kind.
CHECKED_GENOMES = {
    "all_features": ROOT / "tests/genomes/all_features.yml",
    "project_management": EXAMPLES / "project_management.yml",
    "every_type": ROOT / "tests/genomes/every_type.yml",
    "relations": ROOT / "tests/genomes/relations.yml",
}

# The modules of the fast tier (`make test-fast`): they build, validate and render
# genomes but never run a generated project. Every other module is marked slow, so
# a new module joins the fast tier only by being named here.
FAST_MODULES = {
    "test_genome_model",
    "test_features",
    "test_genome_errors",
    "test_gunicorn_conf",
    "test_patches",
    "test_personal_data",
    "test_soft_delete_audit",
    "test_snapshots",
    "test_visibility",
    "test_web_render",
}

sys.path.insert(0, str(ROOT / "extensions"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.module is not None and item.module.__name__ not in FAST_MODULES:
            item.add_marker(pytest.mark.slow)


def copy_template(dst: Path) -> Path:
    """Put the working tree's template parts in ``dst``, replacing what is there."""
    for part in TEMPLATE_PARTS:
        source, target = ROOT / part, dst / part
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    return dst


@pytest.fixture(scope="session")
def template_src(tmp_path_factory) -> Path:
    """The template as it is in the working tree, outside git."""
    return copy_template(tmp_path_factory.mktemp("template"))


def load(name: str) -> dict:
    return yaml.safe_load((EXAMPLES / name).read_text())


def render(
    template_src: Path, genome: dict, dst: Path, *, tasks: bool = False, env: dict | None = None
) -> Path:
    """Copy the template with ``genome`` as the data file's answers."""
    saved = os.environ.copy()
    os.environ.update(env or {})
    try:
        run_copy(
            str(template_src),
            dst,
            data=genome,
            defaults=True,
            unsafe=True,
            skip_tasks=not tasks,
            quiet=True,
            cleanup_on_error=False,
        )
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return dst


# The template's own run keeps every CPU busy (pytest -n auto), so the generated
# suites it runs take no workers of their own: a worker costs a Django start and a
# test database. tests/test_generated.py's CLI test runs one with its workers.
GENERATED_TESTS_SERIAL = {"PYTEST_XDIST_AUTO_NUM_WORKERS": "0"} if "PYTEST_XDIST_WORKER" in os.environ else {}


def database_url(slug: str) -> str:
    return f"{DATABASE_SERVER}/genome_{slug[:30]}_{uuid.uuid4().hex[:8]}"


def project_env(project: Path, slug: str) -> dict[str, str]:
    return {
        "GENOME_PYTHON": sys.executable,
        "GENOME_STRICT": "1",
        "DATABASE_URL": database_url(slug),
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/root"),
        "GENOME_NODE_MODULES": str(WEB_NODE_MODULES),
        **GENERATED_TESTS_SERIAL,
    }


def run_in(project: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def sh(*args: str, cwd: Path, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run a command; unless ``check`` is false, fail the test with its output if it fails."""
    result = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise AssertionError(f"{' '.join(args)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}")
    return result


def git_commit(path: Path, message: str) -> None:
    sh("git", "add", "-A", cwd=path)
    sh("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", message, cwd=path)


@pytest.fixture(scope="session")
def template_repo(tmp_path_factory) -> Path:
    """The working tree's template as a tagged git repository, as users get it."""
    repo = copy_template(tmp_path_factory.mktemp("template-repo"))
    sh("git", "init", "-q", cwd=repo)
    git_commit(repo, "template")
    sh("git", "tag", "v1.0.0", cwd=repo)
    return repo
