"""Throughput of a generated list endpoint against a plain DRF view: a benchmark, not a test.

It generates examples/project_management.yml into a temporary directory, migrates a
fresh PostgreSQL database, seeds one workspace with tasks (each with a project, an
assignee, a reporter and labels), and serves the project under gunicorn on
127.0.0.1 with production settings. Beside the generated `/api/v1/tasks/` it mounts
a hand-written DRF `ListAPIView` over the same rows, as a careful developer would
write it without the generator: the same cookie authentication, workspace scoping,
pagination, related rows as `{id, display}` and `select_related`/`prefetch_related`,
but no filter backends, no role permissions and no write serializer. Both must return
the same JSON before anything is timed.

wrk (Debian's `wrk` package) then loads each endpoint in turn, for several rounds, on
one keep-alive connection set, and the script prints requests per second and the
50th and 99th percentile latency of each, and the ratio. Target: the generated
endpoint serves at least 0.9x the plain view's requests per second.

    .venv/bin/python benchmarks/api_load.py [--rows 200] [--seconds 10] [--rounds 3]
        [--connections 8] [--json PATH]

Needs the venv from `make setup`, PostgreSQL on 127.0.0.1:5432 and wrk.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import DATABASE_SERVER, PYTHON, ROOT, drop_database, machine, template_src  # noqa: E402

GENOME = ROOT / "examples" / "project_management.yml"
TARGET_RATIO = 0.9
GENERATED_PATH = "/api/v1/tasks/"
PLAIN_PATH = "/bench/plain-tasks/"
EMAIL = "bench@example.com"
PASSWORD = "a long benchmark passphrase"

# The baseline: plain DRF, written by hand, mounted next to the generated API.
PLAIN_URLS = """
from django.urls import path
from rest_framework import generics, serializers

from apps.task.models import Task
from config.urls import urlpatterns as project_urlpatterns


class Related(serializers.RelatedField):
    def to_representation(self, value):
        return {"id": value.pk, "display": str(value)}


class PlainTaskSerializer(serializers.ModelSerializer):
    project = Related(read_only=True)
    assignee = Related(read_only=True)
    reporter = Related(read_only=True)
    parent = Related(read_only=True)
    labels = Related(many=True, read_only=True)

    class Meta:
        model = Task
        fields = (
            "id", "title", "description", "status", "priority", "estimate_hours",
            "due_at", "is_billable", "tags", "external_id", "time_spent", "metadata",
            "attachment", "project", "assignee", "reporter", "parent", "labels",
            "created_at", "updated_at",
        )


class PlainTaskList(generics.ListAPIView):
    serializer_class = PlainTaskSerializer

    def get_queryset(self):
        return (
            Task.objects.filter(workspace=self.request.user.active_workspace)
            .select_related("project", "assignee", "reporter", "parent")
            .prefetch_related("labels")
            .order_by(*Task._meta.ordering or ("-created_at",), "pk")
        )


urlpatterns = [path("bench/plain-tasks/", PlainTaskList.as_view()), *project_urlpatterns]
"""

BENCH_SETTINGS = """
from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
"""

SEED = """
import datetime
from decimal import Decimal

from apps.label.models import Label
from apps.project.models import Project
from apps.task.models import Task
from apps.users.models import Membership, User, Workspace

ROWS = {rows}
user = User.objects.create_user(email="{email}", password="{password}")
workspace = Workspace.objects.create(name="Bench")
Membership.objects.create(user=user, workspace=workspace, role="owner")
user.active_workspace = workspace
user.save(update_fields=["active_workspace"])
projects = [
    Project.objects.create(workspace=workspace, name=f"Project {{i}}", code=f"PR{{chr(65 + i)}}")
    for i in range(5)
]
labels = [Label.objects.create(workspace=workspace, name=f"label-{{i}}") for i in range(4)]
for i in range(ROWS):
    task = Task.objects.create(
        workspace=workspace,
        project=projects[i % len(projects)],
        title=f"Task number {{i}}",
        description="Something to do. " * 5,
        priority=1 + i % 5,
        estimate_hours=Decimal("2.5"),
        due_at=datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC) + datetime.timedelta(hours=i),
        tags=["a", "b"],
        metadata={{"n": i}},
        assignee=user,
        reporter=user,
    )
    task.labels.set(labels[: 1 + i % len(labels)])
print(Task.objects.count())
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def generate(workdir: Path) -> Path:
    from copier import run_copy

    src = template_src(workdir)
    project = workdir / "acme"
    run_copy(
        str(src),
        project,
        data=yaml.safe_load(GENOME.read_text()),
        defaults=True,
        unsafe=True,
        skip_tasks=True,
        quiet=True,
    )
    (project / "bench_urls.py").write_text(PLAIN_URLS.lstrip())
    (project / "bench_settings.py").write_text(BENCH_SETTINGS.lstrip())
    return project


def create_database(name: str) -> None:
    subprocess.run(
        ["psql", f"{DATABASE_SERVER}/postgres", "-q", "-c", f'CREATE DATABASE "{name}"'],
        capture_output=True,
        check=True,
    )


def project_env(database: str) -> dict[str, str]:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "DATABASE_URL": f"{DATABASE_SERVER}/{database}",
        "DJANGO_SECRET_KEY": uuid.uuid4().hex * 2,
        "REDIS_URL": "redis://127.0.0.1:6379/11",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
        "PYTHONDONTWRITEBYTECODE": "1",
    }


def manage(project: Path, env: dict[str, str], *args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [str(PYTHON), "manage.py", *args],
        cwd=project,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{done.stdout}\n{done.stderr[-4000:]}")
    return done.stdout


@contextmanager
def gunicorn(project: Path, env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    command = [str(PYTHON), "-m", "gunicorn", "--bind", f"127.0.0.1:{port}"]
    if (project / "gunicorn.conf.py").is_file():
        # The project's own configuration, as it runs in production.
        command += ["--config", "gunicorn.conf.py"]
    else:
        command += ["--workers", str(os.cpu_count() or 2), "--access-logfile", "-"]
    command.append("config.wsgi:application")
    log = (project / "gunicorn.log").open("w")
    server = subprocess.Popen(command, cwd=project, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            if server.poll() is not None:
                raise SystemExit(f"gunicorn exited:\n{(project / 'gunicorn.log').read_text()[-4000:]}")
            try:
                requests.get(f"{base}/api/v1/", timeout=1)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def sign_in(base: str) -> str:
    """The access cookie a signed-in browser sends; the token comes from /auth/token/,
    which, unlike the browser's login, needs no CSRF token first."""
    response = requests.post(
        f"{base}/api/v1/auth/token/", json={"email": EMAIL, "password": PASSWORD}, timeout=10
    )
    response.raise_for_status()
    return f"access_token={response.json()['access']}"


def same_json(base: str, cookie: str) -> int:
    """Both endpoints answer the same pages; returns the rows on the first page."""
    pages = [
        requests.get(f"{base}{path}", headers={"Cookie": cookie}, timeout=10)
        for path in (GENERATED_PATH, PLAIN_PATH)
    ]
    for page in pages:
        page.raise_for_status()
    generated, plain = (page.json() for page in pages)
    if generated["count"] != plain["count"] or generated["results"] != plain["results"]:
        raise SystemExit("the generated and the plain endpoint disagree; fix the baseline first")
    return len(generated["results"])


LATENCY = re.compile(r"^\s*(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", re.MULTILINE)
SCALE = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(url: str, cookie: str, seconds: int, connections: int) -> dict[str, float]:
    done = subprocess.run(
        ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", "-H", f"Cookie: {cookie}", url],
        capture_output=True,
        text=True,
        check=True,
    )
    out = done.stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"{url} answered {errors.group(1)} non-2xx responses under load:\n{out}")
    latency = {f"p{p}": float(v) * SCALE[unit] for p, v, unit in LATENCY.findall(out)}
    return {"rps": rps, **latency}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=200, help="tasks in the workspace (default 200)")
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per run (default 10)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs per endpoint (default 3)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (default 8)")
    parser.add_argument("--json", help="also write the figures as JSON to this path")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install wrk", file=sys.stderr)
        return 2

    info = machine()
    print("django-genome API load benchmark")
    print(f"machine: nproc={info['nproc']}  python={info['python']}  load average={info['load_average']}")
    database = f"genome_bench_{uuid.uuid4().hex[:8]}"
    results: dict[str, list[dict[str, float]]] = {"generated": [], "plain": []}
    with tempfile.TemporaryDirectory(prefix="genome-api-load-") as tmp:
        project = generate(Path(tmp))
        env = project_env(database)
        create_database(database)
        try:
            manage(project, env, "genome_migrations")
            manage(project, env, "migrate", "--no-input")
            seeded = manage(
                project,
                env,
                "shell",
                "--no-imports",
                stdin=SEED.format(rows=args.rows, email=EMAIL, password=PASSWORD),
            )
            with gunicorn(project, env) as base:
                cookie = sign_in(base)
                page = same_json(base, cookie)
                config = (
                    "gunicorn.conf.py" if (project / "gunicorn.conf.py").is_file() else "command-line options"
                )
                print(
                    f"{seeded.strip()} tasks, {page} per page; gunicorn with {config}; "
                    f"wrk 1 thread, {args.connections} connections, {args.seconds} s x {args.rounds} rounds each"
                )
                for endpoint in ("generated", "plain"):  # warm both
                    wrk(
                        f"{base}{GENERATED_PATH if endpoint == 'generated' else PLAIN_PATH}",
                        cookie,
                        2,
                        args.connections,
                    )
                for _ in range(args.rounds):
                    for endpoint, path in (("generated", GENERATED_PATH), ("plain", PLAIN_PATH)):
                        results[endpoint].append(wrk(f"{base}{path}", cookie, args.seconds, args.connections))
        finally:
            drop_database(database)

    summary: dict[str, Any] = {"machine": info, "rows": args.rows, "runs": results}
    print()
    print(f"{'endpoint':<34}{'req/s (median)':>16}{'p50 ms':>10}{'p99 ms':>10}")
    for endpoint, path in (("generated", GENERATED_PATH), ("plain", PLAIN_PATH)):
        runs = results[endpoint]
        figures = {key: statistics.median(run[key] for run in runs) for key in ("rps", "p50", "p99")}
        summary[endpoint] = figures
        label = f"{endpoint} {path}"
        print(f"{label:<34}{figures['rps']:>16.1f}{figures['p50']:>10.2f}{figures['p99']:>10.2f}")
    ratio = summary["generated"]["rps"] / summary["plain"]["rps"]
    summary["ratio"] = ratio
    verdict = "PASS" if ratio >= TARGET_RATIO else "MISS"
    print(f"\ntarget: generated >= {TARGET_RATIO}x the plain view's throughput: {ratio:.2f}x  {verdict}")
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
