"""The steps that finish a generated project: interpreter, migrations, format, checks, tests.

Copier runs these after `copy` (hooks/post_copy.py) and after `update`
(hooks/post_update.py) in the project's directory, with copier's own Python, which
has plumbum. The project's code runs in the project's interpreter (see
``find_python``), never in copier's.

A step that fails is reported, and the hook's last lines say that the project is
not finished and that ``python manage.py genome_finish`` finishes it once the cause
is fixed. After an update the hook then exits 1, so that ``copier update`` fails
too (copier deletes nothing on a failed update). After a copy it exits 0, since
copier deletes a new project whose task failed; GENOME_STRICT=1 makes it exit 1
there too (``make demo`` and the template's tests, which pass copier
``--no-cleanup``).
"""

from __future__ import annotations

import json
import os
import re
import runpy
import secrets
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from plumbum import ProcessExecutionError, local

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "extensions"))

from failure import StepFailed  # noqa: E402
from genome.changes import previous_spec, renames, tombstoned  # noqa: E402
from web import finish_web, write_schema  # noqa: E402

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/{slug}"


@dataclass
class Report:
    started: float = field(default_factory=time.monotonic)
    apps: int = 0
    migrations: list[str] = field(default_factory=list)
    tests: str = "not run"
    web: str = ""
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        seconds = time.monotonic() - self.started
        made = ", ".join(self.migrations) if self.migrations else "none (up to date)"
        lines = [
            "",
            "django-genome summary",
            f"  apps:        {self.apps}",
            f"  migrations:  {made}",
            f"  tests:       {self.tests}",
            *([f"  web app:     {self.web}"] if self.web else []),
            f"  time:        {seconds:.1f} s",
            *(f"  note:        {note}" for note in self.notes),
        ]
        return "\n".join(lines)


def say(message: str) -> None:
    print(f"django-genome: {message}", file=sys.stderr, flush=True)


def project_slug(project: Path) -> str:
    text = (project / "pyproject.toml").read_text()
    match = re.search(r'^name = "([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else project.name


def find_python(project: Path) -> str:
    """The interpreter to run the project with.

    GENOME_PYTHON if set; else the active virtualenv when it has Django; else the
    project's own .venv, created and filled from requirements/development.txt.
    """
    chosen = os.environ.get("GENOME_PYTHON")
    if chosen:
        return chosen
    active = os.environ.get("VIRTUAL_ENV")
    if active:
        candidate = Path(active) / "bin" / "python"
        if candidate.exists() and local[str(candidate)].run(["-c", "import django"], retcode=None)[0] == 0:
            return str(candidate)
    venv = project / ".venv"
    python = venv / "bin" / "python"
    if not python.exists():
        say("creating .venv and installing requirements/development.txt (once)")
        local[sys.executable]("-m", "venv", str(venv))
    try:
        local[str(python)](
            "-m", "pip", "install", "--quiet", "-r", str(project / "requirements" / "development.txt")
        )
    except ProcessExecutionError as error:
        raise StepFailed(
            f"installing requirements failed:\n{error.stderr.strip()}\n"
            "Fix the network or the pins, then run: .venv/bin/pip install -r requirements/development.txt"
        ) from None
    return str(python)


def ensure_env_file(project: Path) -> None:
    """A .env for local work (git-ignored): fresh secrets and the database URL."""
    target = project / ".env"
    example = project / ".env.example"
    if target.exists() or not example.exists():
        return
    database = os.environ.get("DATABASE_URL") or DEFAULT_DATABASE.format(slug=project_slug(project))
    text = example.read_text()
    text = re.sub(r"^DATABASE_URL=.*$", f"DATABASE_URL={database}", text, flags=re.MULTILINE)
    text = re.sub(
        r"^DJANGO_SECRET_KEY=.*$", f"DJANGO_SECRET_KEY={secrets.token_urlsafe(50)}", text, flags=re.MULTILINE
    )
    text = re.sub(r"^DJANGO_DEBUG=.*$", "DJANGO_DEBUG=true", text, flags=re.MULTILINE)
    text = re.sub(
        r"^POSTGRES_PASSWORD=.*$", f"POSTGRES_PASSWORD={secrets.token_urlsafe(32)}", text, flags=re.MULTILINE
    )
    target.write_text(text)


def project_env(project: Path) -> dict[str, str]:
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.test", "PYTHONDONTWRITEBYTECODE": "1"}
    if not os.environ.get("DATABASE_URL") and not (project / ".env").exists():
        env["DATABASE_URL"] = DEFAULT_DATABASE.format(slug=project_slug(project))
    return env


def run(python: str, *args: str, what: str) -> str:
    try:
        return local[python](*args)
    except ProcessExecutionError as error:
        output = "\n".join(part.strip() for part in (error.stdout, error.stderr) if part.strip())
        raise StepFailed(f"{what} failed:\n{output}") from None


def conflicts(project: Path) -> list[str]:
    """Files an update left unmerged: .rej files and files with conflict markers.

    The check is the project's own ``apps/core/conflicts.py`` (standard library
    only), loaded from this template, so that the hook, ``genome_finish`` and the
    project's pre-commit hook agree.
    """
    source = Path(__file__).resolve().parent.parent / "template" / "apps" / "core" / "conflicts.py"
    return runpy.run_path(str(source))["unmerged_files"](project)


def committed_answers(project: Path) -> dict | None:
    """The answers of the last commit: the genome the update started from."""
    code, out, _ = local["git"].run(["-C", str(project), "show", "HEAD:.copier-answers.yml"], retcode=None)
    if code != 0:
        return None
    answers = yaml.safe_load(out)
    return answers if isinstance(answers, dict) else None


def plan_renames(project: Path) -> Path | None:
    """A JSON file of the update's renames for ``genome_migrations``, if there are any.

    Entity renames also rename the entity's classes in the app's modules that the
    user owns (models.py, serializers.py, views.py, admin.py), which import them.
    """
    old = previous_spec(committed_answers(project) or {})
    new = previous_spec(yaml.safe_load((project / ".copier-answers.yml").read_text()))
    if old is None or new is None:
        return None
    for label in tombstoned(old, new):
        retire(project, label)
    found = renames(old, new)
    plan: dict[str, dict] = {}
    for label, (old_name, new_name) in found.models.items():
        plan.setdefault(label, {})["model"] = [old_name, new_name]
        rename_classes(project / "apps" / label, old_name, new_name)
    for label, fields in found.fields.items():
        plan.setdefault(label, {})["fields"] = [list(f) for f in fields]
    if not plan:
        return None
    path = project / ".genome-renames.json"
    path.write_text(json.dumps(plan, indent=2))
    return path


USER_MODULES = ("models.py", "serializers.py", "views.py", "admin.py")


def retire(project: Path, label: str) -> None:
    """An entity removed from the genome: copier deleted its modules; the ones the
    user owned come back from the last commit into apps/<label>/removed/, kept aside
    while the app's next migration drops the table."""
    kept = project / "apps" / label / "removed"
    for name in USER_MODULES:
        path = f"apps/{label}/{name}"
        code, text, _ = local["git"].run(["-C", str(project), "show", f"HEAD:{path}"], retcode=None)
        if code == 0:
            kept.mkdir(parents=True, exist_ok=True)
            (kept / name).write_text(text)
    if kept.is_dir():
        say(f"{label} was removed from the genome; your modules of it are kept in {kept}")


CLASS_SUFFIXES = (
    "Base|Serializer|WriteSerializer|ReadSerializer|ViewSet|ViewSetBase|Admin|AdminBase|Factory|FilterSet"
)


def rename_classes(app: Path, old: str, new: str) -> None:
    pattern = re.compile(rf"\b{old}(?=(?:{CLASS_SUFFIXES})?\b)")
    for name in USER_MODULES:
        module = app / name
        if module.is_file():
            module.write_text(pattern.sub(new, module.read_text()))


def make_migrations(python: str, project: Path, report: Report, renames_file: Path | None = None) -> None:
    before = set(project.glob("apps/*/migrations/0*.py"))
    extra = ["--renames", str(renames_file)] if renames_file else []
    # On failure the renames file stays, for genome_finish.
    run(python, "manage.py", "genome_migrations", *extra, what="making migrations")
    if renames_file:
        renames_file.unlink()
    made = sorted(set(project.glob("apps/*/migrations/0*.py")) - before)
    report.migrations = [f"{path.parent.parent.name}/{path.stem}" for path in made]
    report.apps = len(list(project.glob("apps/*/apps.py")))


def format_code(python: str) -> None:
    run(python, "-m", "ruff", "check", "--fix", "--quiet", ".", what="ruff check")
    run(python, "-m", "ruff", "format", "--quiet", ".", what="ruff format")


def check(python: str) -> None:
    run(python, "manage.py", "check", "--fail-level", "WARNING", what="manage.py check")


def database_answers(python: str) -> str | None:
    """None when PostgreSQL answers (creating the project's database if missing); else why not."""
    probe = (
        "import environ, psycopg, pathlib\nfrom psycopg import sql\n"
        "env = environ.Env(); env.read_env(pathlib.Path('.env'))\n"
        "c = environ.Env.db_url_config(env('DATABASE_URL'))\n"
        "params = dict(host=c['HOST'] or None, port=c['PORT'] or None, user=c['USER'] or None,"
        " password=c['PASSWORD'] or None, connect_timeout=3, autocommit=True)\n"
        "with psycopg.connect(dbname='postgres', **params) as conn:\n"
        "    if not conn.execute('SELECT 1 FROM pg_database WHERE datname = %s', [c['NAME']]).fetchone():\n"
        "        conn.execute(sql.SQL('CREATE DATABASE {}').format(sql.Identifier(c['NAME'])))\n"
    )
    code, _, err = local[python].run(["-c", probe], retcode=None)
    if code == 0:
        return None
    lines = [line for line in err.strip().splitlines() if line.strip()]
    return lines[-1] if lines else "no answer"


def run_tests(python: str, report: Report) -> None:
    problem = database_answers(python)
    if problem:
        report.tests = "skipped: PostgreSQL did not answer"
        report.notes.append(
            f"{problem}. Start PostgreSQL, set DATABASE_URL in .env, then run: python -m pytest"
        )
        return
    # The command the project's README and CI give: a worker per CPU (one CPU: none).
    code, out, err = local[python].run(
        ["-m", "pytest", "-n", "auto", "-q", "-p", "no:cacheprovider"], retcode=None
    )
    lines = [line for line in out.strip().splitlines() if line.strip()]
    last = lines[-1].strip("= ") if lines else err.strip()
    if code == 0:
        report.tests = last
        return
    report.tests = f"FAILED: {last}"
    raise StepFailed(f"the generated tests failed:\n{out[-6000:]}\n{err[-2000:]}")


def project_name(project: Path) -> str:
    answers = yaml.safe_load((project / ".copier-answers.yml").read_text())
    return answers.get("project_name") or project.name


def unfinished(project: Path, *, creating: bool, strict: bool) -> int:
    """The last lines after a failed step, and the exit code for copier."""
    finishing = "Once that is fixed, run in the project: python manage.py genome_finish"
    if not creating:
        say(f"the update is not finished. {finishing}")
        return 1
    if strict:
        say(
            "generation failed. With GENOME_STRICT=1 copier fails too, and deletes "
            f"{project} unless run with --no-cleanup. {finishing}"
        )
        return 1
    say(f"generation failed: {project} is kept but not finished. {finishing}")
    return 0


def finish(project: Path, *, creating: bool) -> int:
    """Run every step in ``project``; the exit code for copier."""
    report = Report()
    strict = os.environ.get("GENOME_STRICT") == "1"
    try:
        if creating:
            ensure_env_file(project)
        # Planned first: a stop on conflicts keeps the plan for genome_finish.
        renames_file = None if creating else plan_renames(project)
        if not creating:
            unmerged = conflicts(project)
            if unmerged:
                listed = "\n  ".join(unmerged)
                raise StepFailed(
                    "the update left conflicts; no migrations were made. Resolve them in:\n  "
                    f"{listed}\nand delete the .rej files."
                )
        python = find_python(project)
        with local.cwd(project), local.env(**project_env(project)):
            say(f"using {python}")
            make_migrations(python, project, report, renames_file)
            format_code(python)
            check(python)
            write_schema(project, python, run)
            run_tests(python, report)
            finish_web(project, report)
    except StepFailed as error:
        say(str(error))
        say(report.summary())
        return unfinished(project, creating=creating, strict=strict)
    say(report.summary())
    if creating:
        say(f"{project_name(project)} is in {project}. Its README says how to run it.")
    return 0
