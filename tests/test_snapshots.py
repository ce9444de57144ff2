"""What every test genome renders to, pinned file by file (the fast tier).

Each genome in tests/genomes/ and examples/ is rendered without its tasks and
compared with tests/snapshots/: ``<genome>.txt`` lists every file, and
``<genome>/`` holds every file a template computed (files copied verbatim from
template/ are not repeated). A generator change therefore shows in review as a
diff of generated code. After an intended change,
``GENOME_UPDATE_SNAPSHOTS=1 make test-fast`` rewrites them.

The rendered code is also checked as it is: no Jinja left, ruff-clean, formatted.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, ROOT, copy_template, render
from jinja2 import UndefinedError

TEMPLATE = ROOT / "template"
SNAPSHOTS = ROOT / "tests" / "snapshots"
GENOMES = {
    path.stem: path for path in sorted([*(ROOT / "tests/genomes").glob("*.yml"), *EXAMPLES.glob("*.yml")])
}
UPDATE = os.environ.get("GENOME_UPDATE_SNAPSHOTS") == "1"
# Holds the template's own path, which differs from one render to the next.
UNPINNED = {".copier-answers.yml"}
# GitHub Actions expressions look like Jinja; the generated workflow is full of them.
ACTIONS_EXPRESSION = re.compile(r"\$\{\{.*?\}\}")
RERUN = "If intended, run GENOME_UPDATE_SNAPSHOTS=1 make test-fast and commit tests/snapshots/."


@pytest.mark.parametrize("name", list(GENOMES))
def test_the_genome_renders_as_pinned(name, template_src, tmp_path):
    """One render per genome: its files and their contents are the snapshot's, no
    Jinja is left, and the code is ruff-clean and formatted as rendered."""
    genome = yaml.safe_load(GENOMES[name].read_text())
    rendered = name, render(template_src, genome, tmp_path / name)
    assert_the_files_are_the_snapshot(rendered)
    assert_every_computed_file_is_its_snapshot(rendered)
    assert_no_jinja_is_left(rendered)
    assert_the_code_is_ruff_clean_and_formatted(rendered)


def files(project: Path) -> list[str]:
    return sorted(p.relative_to(project).as_posix() for p in project.rglob("*") if p.is_file())


def computed(project: Path) -> list[str]:
    """The files a template computed: all but verbatim copies of template/ files."""
    return [path for path in files(project) if not (TEMPLATE / path).is_file() and path not in UNPINNED]


def assert_the_files_are_the_snapshot(rendered: tuple[str, Path]) -> None:
    name, project = rendered
    tree = files(project)
    listing = SNAPSHOTS / f"{name}.txt"
    if UPDATE:
        listing.write_text("".join(f"{path}\n" for path in tree))
    listed = listing.read_text().splitlines() if listing.is_file() else []
    changes = {
        "now rendered": sorted(set(tree) - set(listed)),
        "no longer rendered": sorted(set(listed) - set(tree)),
    }
    assert changes == {"now rendered": [], "no longer rendered": []}, f"{name}: {changes}. {RERUN}"


def assert_every_computed_file_is_its_snapshot(rendered: tuple[str, Path]) -> None:
    name, project = rendered
    pinned = SNAPSHOTS / name
    if UPDATE:
        shutil.rmtree(pinned, ignore_errors=True)
        for path in computed(project):
            (pinned / path).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(project / path, pinned / path)
    expected = files(pinned) if pinned.is_dir() else []
    assert computed(project) == expected, f"{name}: the computed files changed. {RERUN}"
    changed = [path for path in expected if (project / path).read_bytes() != (pinned / path).read_bytes()]
    diff = subprocess.run(
        ["diff", "-u", str(pinned / changed[0]), str(project / changed[0])] if changed else ["true"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    assert changed == [], f"{name}: {len(changed)} files differ from their snapshot. {RERUN}\n{diff[:6000]}"


def assert_no_jinja_is_left(rendered: tuple[str, Path]) -> None:
    name, project = rendered
    texts = {path: ACTIONS_EXPRESSION.sub("", (project / path).read_text()) for path in files(project)}
    leftovers = [path for path, text in texts.items() if "{{" in text or "{%" in text or "{#" in text]
    assert leftovers == [], f"{name}: Jinja left in {leftovers}"


def ruff(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--no-cache", "."],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )


def assert_the_code_is_ruff_clean_and_formatted(rendered: tuple[str, Path]) -> None:
    name, project = rendered
    lint = ruff(project, "check")
    assert lint.returncode == 0, f"{name}:\n{lint.stdout[-6000:]}"
    formatted = ruff(project, "format", "--check", "--diff")
    assert formatted.returncode == 0, f"{name}:\n{formatted.stdout[-6000:]}"


def test_a_misspelt_template_variable_stops_the_render(tmp_path):
    """Templates render with StrictUndefined: a name nothing defines is an error, not ""."""
    (tmp_path / "template").mkdir()
    template = copy_template(tmp_path / "template")
    (template / "template" / "misspelt.txt.jinja").write_text("{{ genome.project_nmae }}\n")
    with pytest.raises(UndefinedError, match="project_nmae"):
        render(template, yaml.safe_load(GENOMES["minimal"].read_text()), tmp_path / "project")
