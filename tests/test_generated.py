"""Genomes become projects that are clean, consistent and pass their own tests.

Each genome is rendered (tests/test_snapshots.py checks it as rendered) and
finished by the post-copy hook against the real PostgreSQL:
migrations, `manage.py check`, the generated test suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import EXAMPLES, ROOT, database_url, load, project_env, render, run_in

GENOMES = ROOT / "tests" / "genomes"
CASES = {
    "project_management": EXAMPLES / "project_management.yml",
    "minimal": EXAMPLES / "minimal.yml",
    "every_type": GENOMES / "every_type.yml",
    "relations": GENOMES / "relations.yml",
    "names": GENOMES / "names.yml",
    "long_names": GENOMES / "long_names.yml",
    "api_modes": GENOMES / "api_modes.yml",
    "custom_roles": GENOMES / "custom_roles.yml",
    "all_features": GENOMES / "all_features.yml",
    "personal_data": GENOMES / "personal_data.yml",
}
HOOK = ROOT / "hooks" / "post_copy.py"


def genome(name: str) -> dict:
    return yaml.safe_load(CASES[name].read_text())


def git(project: Path, *args: str) -> str:
    result = subprocess.run(["git", *args], cwd=project, capture_output=True, text=True, check=True)
    return result.stdout


def commit_all(project: Path) -> None:
    git(project, "init", "-q")
    git(project, "add", "-A")
    git(project, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "rendered")


def ruff(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args], cwd=project, capture_output=True, text=True, check=False
    )


def drop_database(url: str) -> None:
    name = url.rsplit("/", 1)[1]
    subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", f'DROP DATABASE IF EXISTS "{name}"'],
        capture_output=True,
        check=False,
    )


@pytest.mark.parametrize("name", list(CASES))
def test_genome_becomes_a_tested_project(name, template_src, tmp_path):
    project = render(template_src, genome(name), tmp_path / name)
    # As rendered, the files are their snapshots, lint-clean (tests/test_snapshots.py).
    commit_all(project)
    env = project_env(project, name)
    try:
        hook = run_in(project, str(HOOK), env=env)
        assert hook.returncode == 0, hook.stderr[-8000:]
        assert " passed" in hook.stderr, hook.stderr[-4000:]
        assert "FAILED" not in hook.stderr, hook.stderr[-4000:]

        # The hook added migrations and the local .env; it reformatted nothing.
        changed = git(project, "status", "--porcelain", "--untracked-files=all").splitlines()
        unexpected = [
            line
            for line in changed
            if not (line.startswith("?? ") and ("/migrations/0" in line or line.endswith(".env")))
        ]
        assert unexpected == [], f"the hook changed rendered files: {unexpected}"
        for app in (project / "apps").iterdir():
            if (app / "generated").is_dir() or app.name == "users":
                assert (app / "migrations" / "0001_initial.py").is_file(), f"{app.name} has no 0001_initial"

        check = run_in(project, "manage.py", "check", "--fail-level", "WARNING", env=env)
        assert check.returncode == 0, check.stderr
        drift = run_in(project, "manage.py", "makemigrations", "--check", "--dry-run", env=env)
        assert drift.returncode == 0, drift.stdout + drift.stderr
        assert ruff(project, "format", "--check", ".").returncode == 0
    finally:
        drop_database(env["DATABASE_URL"])


def copier_copy(
    template_src: Path, project: Path, env: dict[str, str], *options: str
) -> subprocess.CompletedProcess:
    data_file = project.parent / "genome.yml"
    data_file.write_text((EXAMPLES / "minimal.yml").read_text())
    return subprocess.run(
        [Path(sys.executable).parent / "copier", "copy", "--trust", "--defaults", *options]
        + ["--data-file", str(data_file), str(template_src), str(project)],
        env={key: value for key, value in os.environ.items() if key != "GENOME_STRICT"} | env,
        capture_output=True,
        text=True,
        check=False,
    )


def last_lines(output: str, count: int) -> str:
    return "\n".join([line for line in output.splitlines() if line.strip()][-count:])


def test_copier_cli_runs_the_post_copy_hook(template_src, tmp_path):
    """`copier copy --data-file` runs the hook as a task: migrations made, tests run
    (with their xdist workers, as the README runs them: `pytest -n auto`)."""
    project = tmp_path / "notebook"
    url = database_url("cli")
    try:
        result = copier_copy(template_src, project, {"GENOME_PYTHON": sys.executable, "DATABASE_URL": url})
    finally:
        drop_database(url)
    assert result.returncode == 0, result.stderr[-4000:]
    assert last_lines(result.stderr, 1) == (
        f"django-genome: Notebook is in {project}. Its README says how to run it."
    )
    assert (project / "apps" / "note" / "migrations" / "0001_initial.py").is_file()
    assert "tests:" in result.stderr, result.stderr[-3000:]
    assert " passed" in result.stderr, result.stderr[-3000:]
    assert (project / ".copier-answers.yml").is_file()
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert answers["entities"][0]["name"] == "Note"
    kept = yaml.safe_load((project / "genome.yml").read_text())
    assert kept["entities"] == load("minimal.yml")["entities"]
    assert kept["project_name"] == "Notebook"


def test_a_failed_copy_keeps_the_project_and_its_last_lines_say_so(template_src, tmp_path):
    """Copier would delete the project if the hook failed: it exits 0, and its last
    lines (copier prints nothing after them) say generation failed and what to run."""
    project = tmp_path / "notebook"
    result = copier_copy(
        template_src, project, {"GENOME_PYTHON": sys.executable, "DATABASE_URL": "sqlite:///db.sqlite3"}
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "DATABASE_URL must point to PostgreSQL" in result.stderr
    end = last_lines(result.stderr, 1)
    assert end.startswith(f"django-genome: generation failed: {project} is kept but not finished."), end
    assert end.endswith("Once that is fixed, run in the project: python manage.py genome_finish"), end
    assert "README says how to run it" not in result.stdout + result.stderr
    assert (project / "manage.py").is_file()


def test_a_copy_without_its_tasks_says_it_is_not_finished(template_src, tmp_path):
    project = tmp_path / "notebook"
    result = copier_copy(template_src, project, {}, "--skip-tasks")
    assert result.returncode == 0, result.stderr[-4000:]
    assert last_lines(result.stderr, 1) == (
        f"Notebook is in {project}, not finished: tasks were skipped, so it has no migrations yet. "
        "Copy .env.example to .env (set DATABASE_URL and DJANGO_SECRET_KEY), then run in it: "
        "python manage.py genome_finish"
    )
    pretend = copier_copy(template_src, tmp_path / "nothing", {}, "--pretend")
    assert pretend.returncode == 0, pretend.stderr[-4000:]
    assert "is in" not in pretend.stderr
    assert not (tmp_path / "nothing").exists()


def test_copy_without_a_genome_uses_the_questions_defaults(template_src, tmp_path):
    """Interactive users get a working one-entity project from the questions' defaults."""
    project = render(template_src, {}, tmp_path / "product")
    assert (project / "apps" / "note" / "generated" / "models.py").is_file()
    assert 'PROJECT_NAME = "My Product"' in (project / "config" / "settings" / "base.py").read_text()


@pytest.mark.parametrize(
    ("project_name", "slug"), [("21 Points", "project_21_points"), ("Größe & Co. Ops", "grosse_co_ops")]
)
def test_a_project_name_gives_a_valid_slug(template_src, tmp_path, project_name, slug):
    """copier.yml derives project_slug with the genome's own rule: ASCII, starting with a letter."""
    project = render(template_src, load("minimal.yml") | {"project_name": project_name}, tmp_path / "p")
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    assert answers["project_slug"] == slug
    assert f'name = "{slug}"' in (project / "pyproject.toml").read_text()
    assert f'PROJECT_NAME = "{project_name}"' in (project / "config" / "settings" / "base.py").read_text()


def test_the_hook_keeps_the_project_when_tests_fail(template_src, tmp_path):
    project = render(template_src, load("minimal.yml"), tmp_path / "notebook")
    tests = project / "apps" / "note" / "tests"
    tests.mkdir()
    (tests / "__init__.py").write_text("")
    (tests / "test_broken.py").write_text("def test_broken():\n    assert 1 == 2\n")
    env = project_env(project, "broken")
    env.pop("GENOME_STRICT")
    try:
        hook = run_in(project, str(HOOK), env=env)
    finally:
        drop_database(env["DATABASE_URL"])
    assert hook.returncode == 0
    assert "the generated tests failed" in hook.stderr
    assert "FAILED: 1 failed" in hook.stderr
    assert "generation failed" in last_lines(hook.stderr, 1)
    assert (project / "manage.py").is_file()


def test_generated_tests_build_serializers_with_the_request(template_src, tmp_path):
    """An owned serializer may read ``request.user``, as the API gives it one."""
    project = render(template_src, load("minimal.yml"), tmp_path / "notebook")
    owned = project / "apps" / "note" / "serializers.py"
    first_party = "from apps.note.generated"
    owned.write_text(
        owned.read_text().replace(
            first_party, f"from rest_framework.exceptions import PermissionDenied\n\n{first_party}"
        )
        + """
    def validate(self, attrs):
        if not self.context["request"].user.is_active:
            raise PermissionDenied("Your account is inactive.")
        return super().validate(attrs)
"""
    )
    env = project_env(project, "request_user")
    try:
        hook = run_in(project, str(HOOK), env=env)
    finally:
        drop_database(env["DATABASE_URL"])
    assert hook.returncode == 0, hook.stderr[-4000:]
    assert "FAILED" not in hook.stderr, hook.stderr[-4000:]
    assert " passed" in hook.stderr, hook.stderr[-4000:]


def test_the_hook_skips_tests_without_a_database(template_src, tmp_path):
    project = render(template_src, load("minimal.yml"), tmp_path / "notebook")
    env = project_env(project, "nodb") | {"DATABASE_URL": "postgres://postgres@127.0.0.1:1/nowhere"}
    hook = run_in(project, str(HOOK), env=env)
    assert hook.returncode == 0, hook.stderr
    assert "skipped: PostgreSQL did not answer" in hook.stderr
    assert "then run: python -m pytest" in hook.stderr
    assert (project / "apps" / "note" / "migrations" / "0001_initial.py").is_file()


@pytest.mark.parametrize(
    ("database", "message"),
    [
        (None, "Set the DATABASE_URL environment variable"),
        ("sqlite:///db.sqlite3", "DATABASE_URL must point to PostgreSQL"),
    ],
)
def test_settings_require_postgresql(template_src, tmp_path, database, message):
    project = render(template_src, load("minimal.yml"), tmp_path / "notebook")
    env = project_env(project, "settings")
    del env["DATABASE_URL"]
    if database:
        env["DATABASE_URL"] = database
    result = run_in(project, "manage.py", "check", env=env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert message in result.stderr


def test_stories_become_tests_and_documentation(template_src, tmp_path):
    source = load("project_management.yml")
    project = render(template_src, source, tmp_path / "acme")
    document = (project / "docs" / "stories.md").read_text()
    tests = (project / "apps" / "core" / "tests" / "test_stories.py").read_text()
    for story in source["stories"]:
        assert f"## {story['id']}" in document
        for line in story["acceptance"]:
            assert f"| {line} |" in document
    assert "def test_us_1_member_can_create_task(" in tests
    assert "def test_us_2_viewer_cannot_delete_task(" in tests
    assert "| Task title must be at least 3 characters | not automated |" in document
