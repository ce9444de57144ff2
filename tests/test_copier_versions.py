"""The lowest copier that copier.yml admits (`_min_copier_version`) works as the pinned one.

That copier, with the pinned copier-template-extensions, is installed once into a
virtualenv in the user's cache (~/.cache/django-genome/); it renders the examples
byte for byte as tests/snapshots/ pins them, and runs the post-copy hook.
"""

from __future__ import annotations

import fcntl
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, ROOT
from test_snapshots import SNAPSHOTS, computed, files

MIN_COPIER = yaml.safe_load((ROOT / "copier.yml").read_text())["_min_copier_version"]
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "django-genome"


def pinned(package: str) -> str:
    match = re.search(rf"^{package}==\S+$", (ROOT / "requirements-dev.txt").read_text(), re.MULTILINE)
    assert match, f"requirements-dev.txt pins no {package}"
    return match.group(0)


@pytest.fixture(scope="session")
def oldest_copier() -> Path:
    """The bin directory of a virtualenv with copier at its lowest admitted version."""
    extensions = pinned("copier-template-extensions")
    venv = CACHE / f"copier-{MIN_COPIER}-py{sys.version_info.major}.{sys.version_info.minor}"
    ready = venv / f".installed-{extensions}"
    CACHE.mkdir(parents=True, exist_ok=True)
    with (CACHE / f"{venv.name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not ready.exists():
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(venv)], check=True)
            subprocess.run(
                [venv / "bin/python", "-m", "pip", "install", "--quiet", f"copier=={MIN_COPIER}", extensions],
                check=True,
            )
            ready.touch()
    return venv / "bin"


@pytest.mark.parametrize("name", ["minimal", "project_management"])
def test_the_lowest_copier_renders_the_snapshots(name, oldest_copier, template_src, tmp_path):
    project = tmp_path / name
    subprocess.run(
        [oldest_copier / "copier", "copy", "--trust", "--defaults", "--skip-tasks", "--quiet"]
        + ["--data-file", str(EXAMPLES / f"{name}.yml"), str(template_src), str(project)],
        check=True,
    )
    assert files(project) == (SNAPSHOTS / f"{name}.txt").read_text().splitlines()
    pinned_files = SNAPSHOTS / name
    assert computed(project) == files(pinned_files)
    changed = [
        path
        for path in files(pinned_files)
        if (project / path).read_bytes() != (pinned_files / path).read_bytes()
    ]
    assert changed == [], f"copier {MIN_COPIER} renders these differently"


def test_the_lowest_copier_runs_the_post_copy_hook(oldest_copier, template_src, tmp_path):
    """The hook runs as copier's task and stops at once on a database that is not
    PostgreSQL: enough to see the task's condition and interpreter work."""
    project = tmp_path / "notebook"
    result = subprocess.run(
        [oldest_copier / "copier", "copy", "--trust", "--defaults"]
        + ["--data-file", str(EXAMPLES / "minimal.yml"), str(template_src), str(project)],
        env={
            **{key: value for key, value in os.environ.items() if key != "GENOME_STRICT"},
            "GENOME_PYTHON": sys.executable,
            "DATABASE_URL": "sqlite:///db.sqlite3",
        },
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "DATABASE_URL must point to PostgreSQL" in result.stderr
    assert f"django-genome: generation failed: {project} is kept but not finished." in result.stderr
