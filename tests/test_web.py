"""The web app of a generated project, made and checked by the hooks for real.

Each genome here is copied with `features.frontend` on and its hooks run: the
OpenAPI schema is written, the API's types are made from it, and the app is
formatted, type-checked, linted and unit-tested (tests/test_web_render.py checks
the rendering alone). Then `next build` makes the production build, and an update
adds a field that reaches the forms and lists while the user's page keeps its edit.
The web app's packages come from `make web-deps` (GENOME_NODE_MODULES).

End to end, for the example genome and all_features.yml: the real stack on
127.0.0.1 (a migrated PostgreSQL database, gunicorn with production settings, a
Celery worker when the genome has async tasks, `next start` from the production
build, and Debian's nginx running the project's web-app config in front of both),
then the project's own Playwright suite (`npm run e2e`, frontend/e2e/) in Debian's
Chromium. Each genome is copied once and shared by the tests of this module.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
import requests
import yaml
from conftest import CHECKED_GENOMES, ROOT, WEB_NODE_MODULES, git_commit, project_env, sh
from servers import REDIS_URL, free_port, gunicorn, migrated_database, stop
from test_containers import NEEDS_NGINX, nginx

COPIER = str(Path(sys.executable).parent / "copier")
GENOMES = ("project_management", "every_type", "all_features")
E2E_GENOMES = ("project_management", "all_features")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
NEEDS_CHROMIUM = pytest.mark.skipif(
    not os.access(CHROMIUM, os.X_OK),
    reason="Chromium is not installed (apt-get install chromium, or make tools)",
)
# The example's screens in docs/frontend.md, taken again with GENOME_UPDATE_SCREENSHOTS=1.
SCREENSHOTS = ("frontend-list.png", "frontend-form.png", "frontend-workspace.png")
# Celery's broker for the e2e worker: its own Redis database, so that no other test's
# worker takes its tasks (tests/test_tasks.py uses 13).
E2E_BROKER = "redis://127.0.0.1:6379/12"
E2E_SETTINGS = '''"""Production settings; invitation emails are written to files in E2E_MAIL_DIR."""

import os

from config.settings.production import *  # noqa: F403

EMAIL_FILE_PATH = os.environ["E2E_MAIL_DIR"]
'''
pytestmark = pytest.mark.skipif(
    not WEB_NODE_MODULES.is_dir(), reason="the web app's packages are not installed: run make setup"
)


def run(*args: str, cwd: Path, env: dict | None = None) -> str:
    """The command's output, stdout then stderr; the test fails if the command does."""
    done = sh(*args, cwd=cwd, env=env)
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
    output = run(
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


class Copied:
    """A project copied with its hooks, built at most once."""

    def __init__(self, project: Path, output: str, env: dict) -> None:
        self.project, self.output, self.env = project, output, env
        self.build_output: str | None = None

    def build(self) -> str:
        if self.build_output is None:
            self.build_output = run("npm", "run", "build", cwd=self.project / "frontend", env=self.env)
        return self.build_output


@pytest.fixture(scope="module")
def copied(template_repo, tmp_path_factory) -> Callable[[str], Copied]:
    """Each genome's project, copied once for the tests of this module that need it."""
    projects: dict[str, Copied] = {}

    def get(name: str) -> Copied:
        if name not in projects:
            project = tmp_path_factory.mktemp(f"web-{name}") / name
            projects[name] = Copied(project, *copy_project(template_repo, with_web(name), project))
        return projects[name]

    return get


@pytest.mark.parametrize("name", GENOMES)
def test_the_hooks_check_the_web_app_and_it_builds(name, copied):
    project, output, env = copied(name).project, copied(name).output, copied(name).env
    summary = output[output.index("django-genome summary") :]
    assert "web app:     formatted, typecheck and lint clean; Tests" in summary, summary
    assert "passed" in summary.split("web app:")[1].splitlines()[0]
    web = project / "frontend"
    assert (web / "openapi.yml").is_file()
    assert "/api/v1/auth/login/" in (web / "src/generated/api/schema.d.ts").read_text()
    sh("npm", "run", "api:check", cwd=web, env=env)
    built = copied(name).build()
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
    git_commit(project, "points")
    output = run(COPIER, "update", "--trust", "--defaults", "--data-file", "genome.yml", cwd=project, env=env)
    assert "web app:     formatted" in output
    assert page.read_text() == edited
    module = (project / "frontend/src/generated/entities/task.ts").read_text()
    assert 'name: "story_points"' in module
    assert "story_points?: number | null;" in (project / "frontend/src/generated/api/schema.d.ts").read_text()
    assert os.path.exists(project / "frontend/node_modules")


# End to end ---------------------------------------------------------------------------


@contextmanager
def running(command: list[str], cwd: Path, env: dict, log: Path, ready: Callable[[], bool]) -> Iterator[None]:
    """``command`` in the background until the block ends; ``ready`` says when it serves."""
    with log.open("w") as output:
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while not ready():
                assert process.poll() is None, f"{command[:3]} exited:\n{log.read_text()[-4000:]}"
                assert time.monotonic() < deadline, f"{command[:3]} is not ready:\n{log.read_text()[-4000:]}"
                time.sleep(0.3)
            yield
        finally:
            stop(process, timeout=15)
            print(log.read_text()[-3000:])  # shown when the test fails


def answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=2).status_code == 200
    except (requests.ConnectionError, requests.Timeout):
        return False


@contextmanager
def web_stack(project: Path, slug: str, directory: Path) -> Iterator[tuple[str, Path]]:
    """The project's stack as production runs it, on 127.0.0.1; yields nginx's origin
    and the directory the API writes its emails to.

    gunicorn with production settings, a Celery worker when the genome has async
    tasks, `next start` from the production build, Debian's nginx with the project's
    web-app config in front of both: one origin, as the browser sees it in production.
    The production cookies are Secure: Chromium keeps them on http://127.0.0.1,
    a secure context.
    """
    mail, static, media, front, extra = (
        directory / name for name in ("mail", "static", "media", "nginx", "settings")
    )
    for folder in (mail, static, media, front, extra):
        folder.mkdir()
    # The settings take the email backend from EMAIL_URL but not the file backend's
    # directory (django-environ's EMAIL_FILE_PATH): production's, plus that.
    (extra / "e2e_settings.py").write_text(E2E_SETTINGS)
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    settings = {
        "DJANGO_SETTINGS_MODULE": "e2e_settings",
        "PYTHONPATH": str(extra),
        "EMAIL_URL": "filemail://",
        "E2E_MAIL_DIR": str(mail),
        "FRONTEND_URL": origin,
        "DJANGO_CSRF_TRUSTED_ORIGINS": origin,
        "DJANGO_NUM_PROXIES": "1",
        "DJANGO_MEDIA_ROOT": str(media),
        "CELERY_BROKER_URL": E2E_BROKER,
        # Other tests sign up from 127.0.0.1 through the same Redis at the same time.
        "THROTTLE_LOGIN": "1000/min",
        "THROTTLE_REGISTER": "1000/min",
    }
    tasks = bool(yaml.safe_load((project / "genome.yml").read_text()).get("features", {}).get("async_tasks"))
    web = project / "frontend"
    next_port = free_port()
    next_env = {
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/root"),
        "NEXT_TELEMETRY_DISABLED": "1",
    }
    with ExitStack() as stack:
        database = stack.enter_context(migrated_database(project, slug))
        api = stack.enter_context(gunicorn(project, database, directory / "gunicorn.log", env=settings))
        if tasks:
            worker_env = {key: value for key, value in os.environ.items() if key in ("PATH", "HOME")}
            worker_env |= {
                "DATABASE_URL": database,
                "DJANGO_SECRET_KEY": "e2e-worker-" + "x" * 50,
                "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
                "REDIS_URL": REDIS_URL,
                **settings,
            }
            worker = [sys.executable, "-m", "celery", "-A", "config", "worker", "--pool", "solo"]
            worker += ["-l", "info", "-n", f"e2e-{slug}@%h", "--without-gossip", "--without-mingle"]
            log = directory / "worker.log"
            stack.enter_context(
                running(worker, project, worker_env, log, lambda: "ready." in log.read_text())
            )
        next_start = [str(web / "node_modules/.bin/next"), "start", "--port", str(next_port)]
        next_start += ["--hostname", "127.0.0.1"]
        stack.enter_context(
            running(
                next_start,
                web,
                next_env,
                directory / "next.log",
                lambda: answers(f"http://127.0.0.1:{next_port}/healthz"),
            )
        )
        proxy = stack.enter_context(
            nginx(
                project,
                api.removeprefix("http://"),
                port,
                front,
                static,
                media,
                frontend=f"127.0.0.1:{next_port}",
            )
        )
        yield proxy, mail


@NEEDS_NGINX
@NEEDS_CHROMIUM
@pytest.mark.parametrize("name", E2E_GENOMES)
def test_the_web_app_works_end_to_end_in_a_browser(name, copied, tmp_path):
    """The project's Playwright suite against its real stack: every screen, as a user."""
    project = copied(name)
    project.build()
    screenshots = tmp_path / "screenshots"
    with web_stack(project.project, f"e2e_{name}", tmp_path) as (origin, mail):
        env = {
            "PATH": os.environ["PATH"],
            "HOME": os.environ.get("HOME", "/root"),
            "E2E_BASE_URL": origin,
            "E2E_MAIL_DIR": str(mail),
            "E2E_SCREENSHOTS": str(screenshots),
            "CHROMIUM_PATH": CHROMIUM,
            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1",
        }
        started = time.monotonic()
        done = subprocess.run(
            ["npm", "run", "e2e"], cwd=project.project / "frontend", env=env, capture_output=True, text=True
        )
        took = time.monotonic() - started
    report = f"{done.stdout[-12000:]}\n{done.stderr[-4000:]}"
    print(f"npm run e2e for {name}: {took:.0f} s\n{report}")
    assert done.returncode == 0, report
    # Every step ran: none skipped for want of an entity, a role or an email.
    assert "5 passed" in done.stdout, report
    assert " skipped" not in done.stdout, report
    for image in SCREENSHOTS:
        assert (screenshots / image).is_file(), image
    if name == "project_management" and os.environ.get("GENOME_UPDATE_SCREENSHOTS") == "1":
        for image in SCREENSHOTS:
            shutil.copyfile(screenshots / image, ROOT / "docs" / "images" / image)
