"""Background tasks in a generated project, run by real Celery processes.

The generated tests (run by the hook here) cover the tasks themselves and a worker
in a thread. This module starts the commands a deployment runs, as subprocesses on
the real Redis and PostgreSQL: `celery -A config worker` with the settings it picks
by default (production), which answers `celery inspect ping` and sends the email of
an invitation made through the service layer; and `celery -A config beat` with the
database scheduler, which writes the genome's schedule to the database. A project
generated without `features.async_tasks` has no trace of Celery.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import redis
from conftest import load, project_env, render, run_in
from servers import stop
from test_generated import commit_all, drop_database

ROOT = Path(__file__).resolve().parent.parent
HOOK = ROOT / "hooks" / "post_copy.py"
BROKER_URL = "redis://127.0.0.1:6379/13"
BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"


def async_genome() -> dict:
    genome = load("minimal.yml")
    genome["features"] = {"async_tasks": True, "email": True, "admin": False}
    return genome


@pytest.fixture(scope="module")
def project(template_src, tmp_path_factory) -> Iterator[tuple[Path, dict[str, str]]]:
    """A generated async project, finished by the hook, with its database migrated."""
    try:
        redis.Redis.from_url(BROKER_URL).ping()
    except redis.ConnectionError as error:
        pytest.skip(f"these tests need Redis at {BROKER_URL}: {error}")
    root = render(template_src, async_genome(), tmp_path_factory.mktemp("tasks") / "notebook")
    commit_all(root)
    env = project_env(root, "tasks")
    try:
        hook = run_in(root, str(HOOK), env=env)
        assert hook.returncode == 0, hook.stderr[-8000:]
        migrate = run_in(root, "manage.py", "migrate", "--no-input", env=env)
        assert migrate.returncode == 0, migrate.stderr
        yield root, env
    finally:
        drop_database(env["DATABASE_URL"])


def deployed(env: dict[str, str]) -> dict[str, str]:
    """The environment of a deployed process: settings chosen by the entry point
    (production for Celery, development for manage.py), the test Redis as broker and
    cache."""
    env = {key: value for key, value in env.items() if key != "DJANGO_SETTINGS_MODULE"}
    return {**env, "CELERY_BROKER_URL": BROKER_URL, "REDIS_URL": BROKER_URL}


def celery(*args: str) -> list[str]:
    return [sys.executable, "-m", "celery", "-A", "config", *args]


@contextmanager
def running(command: list[str], root: Path, env: dict[str, str], log: Path) -> Iterator[Path]:
    """``command`` running in the background, its output going to ``log``."""
    with log.open("w") as out:
        process = subprocess.Popen(command, cwd=root, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield log
    finally:
        stop(process, timeout=20)


def wait_for(condition, what: str, log: Path, seconds: float = 45) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.25)
    pytest.fail(f"{what} within {seconds} s; its output:\n{log.read_text()[-4000:]}")


def shell(root: Path, env: dict[str, str], code: str) -> str:
    result = run_in(root, "manage.py", "shell", "--no-imports", "-c", code, env=env)
    assert result.returncode == 0, result.stderr[-4000:]
    return result.stdout


def test_a_worker_answers_ping_and_sends_the_invitation_email(project, tmp_path):
    root, env = project
    queue = f"tests-{uuid.uuid4().hex}"
    node = f"{queue}@127.0.0.1"
    worker_env = deployed(env)
    command = celery("worker", "-l", "info", "--pool", "solo", "-Q", queue, "-n", node)
    with running(command, root, worker_env, tmp_path / "worker.log") as log:
        wait_for(lambda: "ready." in log.read_text(), "the worker was not ready", log)
        ping = subprocess.run(
            celery("inspect", "ping", "-d", node, "--timeout", "10"),
            cwd=root,
            env=worker_env,
            capture_output=True,
            text=True,
            check=False,
        )
        assert ping.returncode == 0, ping.stdout + ping.stderr
        assert "pong" in ping.stdout

        # The web side: the service queues the email once its transaction commits.
        invited = shell(
            root,
            deployed(env),
            "from config import celery_app\n"
            f"celery_app.conf.task_default_queue = {queue!r}\n"
            "from apps.users import services\n"
            "from apps.users.models import User\n"
            "owner = services.register(email='ada@example.com', password='a long passphrase')\n"
            "invitation, _ = services.invite(workspace=owner.active_workspace,"
            " email='grace@example.com', role='viewer', by=owner)\n"
            "print(invitation.pk)\n",
        )
        invitation_id = int(invited.strip().splitlines()[-1])
        wait_for(
            lambda: (
                "Task apps.users.tasks.send_invitation" in log.read_text() and "succeeded" in log.read_text()
            ),
            "the worker did not send the invitation email",
            log,
        )
    output = log.read_text()
    # EMAIL_URL is consolemail:// in .env: the worker printed the message.
    assert "To: grace@example.com" in output
    assert re.search(r"Subject: Join .+ on Notebook", output)
    emailed = shell(
        root,
        deployed(env),
        "from apps.users.models import Invitation\n"
        f"print(Invitation.objects.get(pk={invitation_id}).emailed_at is not None)\n",
    )
    assert emailed.strip() == "True"


def test_beat_writes_the_schedule_to_the_database(project, tmp_path):
    root, env = project
    beat_env = deployed(env)
    command = celery("beat", "-l", "info", "--scheduler", BEAT_SCHEDULER)
    count = (
        "from django_celery_beat.models import PeriodicTask\n"
        "print(PeriodicTask.objects.filter(name='purge-expired-credentials',"
        " task='apps.users.tasks.purge_expired_credentials', enabled=True).count())\n"
    )
    with running(command, root, beat_env, tmp_path / "beat.log") as log:
        wait_for(lambda: shell(root, beat_env, count).strip() == "1", "beat wrote no schedule", log)
        assert "Traceback" not in log.read_text()


def test_without_async_tasks_there_is_no_celery(template_src, tmp_path):
    genome = load("minimal.yml")
    assert not genome.get("features", {}).get("async_tasks")
    root = render(template_src, genome, tmp_path / "notebook")
    mentions = [
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and path.suffix in {".py", ".txt", ".toml"} and "celery" in path.read_text().lower()
    ]
    assert mentions == []
    assert not re.search(r"^CELERY_", (root / ".env.example").read_text(), re.MULTILINE)
    assert not (root / "config" / "celery.py").exists()
    assert not (root / "apps" / "users" / "tasks.py").exists()
    assert (root / "config" / "__init__.py").read_text() == ""
