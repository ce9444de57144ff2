"""The web app of a generated project, made and checked by the hooks for real.

Each genome here is copied with `features.frontend` on and its hooks run: the
OpenAPI schema is written, the API's types are made from it, and the app is
formatted, type-checked, linted and unit-tested (tests/test_web_render.py checks
the rendering alone). Then `next build` makes the production build, and an update
adds a field that reaches the forms and lists while the user's page keeps its edit.
The web app's packages come from `make web-deps` (GENOME_NODE_MODULES).
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import CHECKED_GENOMES, WEB_NODE_MODULES, copy_template, project_env

COPIER = str(Path(sys.executable).parent / "copier")
GENOMES = ("project_management", "every_type", "all_features")
pytestmark = pytest.mark.skipif(
    not WEB_NODE_MODULES.is_dir(), reason="the web app's packages are not installed: run make setup"
)


def sh(*args: str, cwd: Path, env: dict | None = None) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-4000:]}\n{done.stderr[-8000:]}"
    return done.stdout + done.stderr


def with_web(name: str) -> dict:
    genome = copy.deepcopy(yaml.safe_load(CHECKED_GENOMES[name].read_text()))
    genome.setdefault("features", {})["frontend"] = True
    return genome


def copy_project(template: Path, genome: dict, dst: Path) -> tuple[str, dict]:
    """The project copied with its hooks; the hooks' output and the environment."""
    env = project_env(dst, dst.name)
    data = dst.parent / f"{dst.name}.yml"
    data.write_text(yaml.safe_dump(genome, sort_keys=False))
    output = sh(
        COPIER,
        "copy",
        "--trust",
        "--defaults",
        "--data-file",
        str(data),
        str(template),
        str(dst),
        cwd=dst.parent,
        env=env,
    )
    return output, env


@pytest.fixture(scope="module")
def template_repo(tmp_path_factory) -> Path:
    """The working tree's template as a tagged git repository, as users get it."""
    repo = copy_template(tmp_path_factory.mktemp("web-template"))
    sh("git", "init", "-q", cwd=repo)
    sh("git", "add", "-A", cwd=repo)
    sh("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "template", cwd=repo)
    sh("git", "tag", "v1.0.0", cwd=repo)
    return repo


@pytest.mark.parametrize("name", GENOMES)
def test_the_hooks_check_the_web_app_and_it_builds(name, template_repo, tmp_path):
    project = tmp_path / name
    output, env = copy_project(template_repo, with_web(name), project)
    summary = output[output.index("django-genome summary") :]
    assert "web app:     formatted, typecheck and lint clean; Tests" in summary, summary
    assert "passed" in summary.split("web app:")[1].splitlines()[0]
    web = project / "frontend"
    assert (web / "openapi.yml").is_file()
    assert "/api/v1/auth/login/" in (web / "src/generated/api/schema.d.ts").read_text()
    sh("npm", "run", "api:check", cwd=web, env=env)
    built = sh("npm", "run", "build", cwd=web, env=env)
    for entity in yaml.safe_load((project / "genome.yml").read_text())["entities"]:
        if entity.get("api") != "none":
            assert f"/{entity_url(project, entity['name'])}" in built


def entity_url(project: Path, name: str) -> str:
    """The entity's path, as its generated module says."""
    module = (project / "frontend/src/generated/entities" / f"{name[:1].lower()}{name[1:]}.ts").read_text()
    return module.split('  path: "', 1)[1].split('"', 1)[0]


def test_an_update_reaches_the_forms_and_keeps_the_users_page(template_repo, tmp_path):
    project = tmp_path / "acme"
    genome = with_web("project_management")
    _, env = copy_project(template_repo, genome, project)
    sh("git", "init", "-q", cwd=project)
    page = project / "frontend/src/app/(app)/(entities)/tasks/page.tsx"
    edited = page.read_text().replace("export default function", "// Our own note.\nexport default function")
    page.write_text(edited)
    tasks = next(e for e in genome["entities"] if e["name"] == "Task")
    tasks["fields"].append({"name": "story_points", "type": "integer", "min": 0, "max": 100, "filter": True})
    (project / "genome.yml").write_text(yaml.safe_dump(genome, sort_keys=False))
    sh("git", "add", "-A", cwd=project)
    sh("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "points", cwd=project)
    output = sh(COPIER, "update", "--trust", "--defaults", "--data-file", "genome.yml", cwd=project, env=env)
    assert "web app:     formatted" in output
    assert page.read_text() == edited
    module = (project / "frontend/src/generated/entities/task.ts").read_text()
    assert 'name: "story_points"' in module
    assert "story_points?: number | null;" in (project / "frontend/src/generated/api/schema.d.ts").read_text()
    assert os.path.exists(project / "frontend/node_modules")
