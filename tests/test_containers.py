"""The generated project's container and web-serving artefacts, proven without a Docker engine.

- docker-compose.yml (and its development override) validate against the Compose
  Specification's JSON schema (vendored in tests/data), and `docker compose config`
  accepts them when the Compose plugin is installed; every file they mention exists;
  the Celery services exist exactly when features.async_tasks is on.
- Debian's nginx (`nginx -t`) accepts the nginx template, rendered with envsubst the
  way the official image renders it.
- The image's entrypoint runs here against the real PostgreSQL: it waits for a
  database that does not exist yet, migrates, collects static files and execs the
  command.
- gunicorn, configured by the project's gunicorn.conf.py alone, serves the project
  with production settings behind the project's nginx config run by Debian's nginx:
  /healthz, sign-up and sign-in, an entity list, static and media files, the body
  size limit, gzip, the request ID; a request line, a header or a body over the
  limits gets a JSON error from nginx, never gunicorn's HTML page.
- Uploads, on the same real stack: a member uploads a file through nginx and
  downloads it from the URL the API gave, Django allowing and nginx sending the
  bytes (X-Accel-Redirect to its internal location); another workspace's user, an
  anonymous client, and direct requests for /media/ or /protected-media/ get none.
- The Dockerfile parses, has its two stages, a non-root user, a health check, and
  copies only files that exist.
- With the web app (features.frontend): Compose runs it (next start, next dev in
  development) behind nginx; Debian's nginx, running the project's config in front
  of two stub servers standing for Django and Next.js, sends the API, the admin (at
  its configured path), /healthz and the static files to Django and every other
  path to the web app, with the headers each expects; frontend/Dockerfile parses
  with its three stages, a non-root user and a health check.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import jsonschema
import pytest
import requests
import yaml
from conftest import ROOT, load, project_env, render, run_in
from dockerfile_parse import DockerfileParser
from genome import build
from genome.features.switches import FRONTEND
from genome.views import Views
from servers import (
    AUTH_PATH,
    REDIS_URL,
    Browser,
    free_port,
    gunicorn,
    migrated_database,
    psql,
)

COMPOSE_SCHEMA = json.loads((ROOT / "tests" / "data" / "compose-spec.json").read_text())
ALL_FEATURES = yaml.safe_load((ROOT / "tests" / "genomes" / "all_features.yml").read_text())


def with_web_app(genome: dict) -> dict:
    genome = copy.deepcopy(genome)
    genome.setdefault("features", {})["frontend"] = True
    return genome


GENOMES = {
    "all_features": ALL_FEATURES,
    "minimal": load("minimal.yml"),
    # Every feature and the web app.
    "web_app": with_web_app(ALL_FEATURES),
}
CELERY = {
    "worker": ["celery", "-A", "config", "worker", "-l", "info"],
    "beat": [
        "celery",
        *("-A", "config", "beat", "-l", "info"),
        *("--scheduler", "django_celery_beat.schedulers:DatabaseScheduler"),
    ],
}
CONTAINER_FILES = (
    "Dockerfile",
    ".dockerignore",
    "docker-compose.yml",
    "docker-compose.override.yml",
    "docker/entrypoint.sh",
    "gunicorn.conf.py",
)
# With the web app: its image, and nginx's config for the API and the web app.
WEB_APP_FILES = ("frontend/Dockerfile", "frontend/.dockerignore", "Dockerfile.dockerignore")
NGINX_TEMPLATES = {False: "docker/nginx/default.conf.template", True: "docker/nginx/web-app.conf.template"}

NEEDS_NGINX = pytest.mark.skipif(
    not (shutil.which("nginx") and shutil.which("envsubst")),
    reason="nginx and envsubst are not installed (apt-get install nginx-light gettext-base)",
)


@pytest.fixture(scope="module", params=sorted(GENOMES))
def project(request, template_src, tmp_path_factory) -> Path:
    """The raw render (no hook) of each genome."""
    return render(template_src, GENOMES[request.param], tmp_path_factory.mktemp(request.param) / "project")


@pytest.fixture(scope="module")
def full_project(template_src, tmp_path_factory) -> Path:
    """all_features.yml, with its migrations made: for the tests that run it."""
    project = render(template_src, GENOMES["all_features"], tmp_path_factory.mktemp("served") / "project")
    env = project_env(project, "containers") | {"REDIS_URL": REDIS_URL}
    made = run_in(project, "manage.py", "genome_migrations", env=env)
    assert made.returncode == 0, made.stderr[-4000:]
    return project


class Override(list):
    """A sequence tagged !override: it replaces the one of the file it is merged into."""


class ComposeLoader(yaml.SafeLoader):
    """YAML as Compose reads it, with the merge tags of Compose 2.24.4 and newer."""


ComposeLoader.add_constructor("!override", lambda loader, node: Override(loader.construct_sequence(node)))


def compose(project: Path, name: str = "docker-compose.yml") -> dict:
    return yaml.load((project / name).read_text(), Loader=ComposeLoader)  # noqa: S506 (a SafeLoader)


def features(project: Path) -> dict:
    return yaml.safe_load((project / "genome.yml").read_text()).get("features", {})


def is_async(project: Path) -> bool:
    return bool(features(project).get("async_tasks"))


def has_web_app(project: Path) -> bool:
    return bool(features(project).get("frontend"))


def nginx_template(project: Path) -> str:
    """The config docker-compose.yml mounts into the nginx container."""
    (mounted,) = [
        volume.split(":")[0]
        for volume in compose(project)["services"]["nginx"]["volumes"]
        if volume.endswith(":/etc/nginx/templates/default.conf.template:ro")
    ]
    return mounted.removeprefix("./")


# Compose -------------------------------------------------------------------------


def test_the_container_files_are_rendered_clean(project):
    web_app = has_web_app(project)
    assert nginx_template(project) == NGINX_TEMPLATES[web_app]
    assert not (project / NGINX_TEMPLATES[not web_app]).exists()
    for name in WEB_APP_FILES:
        assert (project / name).is_file() == web_app, name
    for name in (*CONTAINER_FILES, nginx_template(project), *(WEB_APP_FILES if web_app else ())):
        text = (project / name).read_text()
        assert not re.search(r"{[{%#]|[}%#]}", text.replace("${", "")), f"Jinja left in {name}"
        if not name.endswith(".py"):  # Python's layout is ruff's, checked below
            assert "\n\n\n" not in text, f"blank lines piled up in {name}"
        assert text.endswith("\n"), name
        assert not text.endswith("\n\n"), name
    assert os.access(project / "docker/entrypoint.sh", os.X_OK)
    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "format",
            "--check",
            "--diff",
            "gunicorn.conf.py",
            "apps/core/health.py",
        ],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize("name", ["docker-compose.yml", "docker-compose.override.yml"])
def test_compose_files_follow_the_compose_specification(project, name):
    jsonschema.Draft7Validator(COMPOSE_SCHEMA).validate(compose(project, name))


def test_the_stack_has_its_services_and_the_celery_ones_only_with_async_tasks(project):
    spec = compose(project)
    services = spec["services"]
    expected = {"web", "db", "redis", "nginx"} | ({"worker", "beat"} if is_async(project) else set())
    expected |= {"frontend"} if has_web_app(project) else set()
    assert set(services) == expected
    for name in CELERY:
        if name in services:
            assert services[name]["command"][: len(CELERY[name])] == CELERY[name]
            assert services[name]["environment"]["DJANGO_MIGRATE"] == "false"
    assert services["web"]["command"] == ["gunicorn"]
    for name, service in services.items():
        assert service.get("healthcheck", {}).get("test"), f"{name} has no health check"
        for dependency, condition in service.get("depends_on", {}).items():
            assert dependency in services, (name, dependency)
            assert condition == {"condition": "service_healthy"}, (name, dependency)
    for name in {"web", "nginx"} | ({"worker", "beat"} & set(services)):
        assert "web" in services[name].get("depends_on", {}) or name == "web"
    # Named volumes, declared; data lives in them, not in containers.
    declared = set(spec["volumes"])
    assert declared == {"postgres-data", "redis-data", "static", "media"}
    for service in services.values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            assert source.startswith(".") or source in declared, volume
    assert services["db"]["image"].startswith("postgres:")
    assert int(re.match(r"postgres:(\d+)", services["db"]["image"]).group(1)) >= 15


def test_the_development_setup_publishes_ports_on_127_0_0_1_only(project):
    base, override = compose(project)["services"], compose(project, "docker-compose.override.yml")["services"]
    for name, service in base.items():
        development = override.get(name, {})
        if development.get("profiles"):
            continue  # `docker compose up` leaves it out
        ports = development.get("ports", [])
        if not isinstance(ports, Override):  # Compose merges the two lists
            ports = [*service.get("ports", []), *ports]
        for port in ports:
            assert port.startswith("127.0.0.1:"), f"{name} publishes {port} in development"


def test_no_secret_is_committed_in_the_compose_files(project):
    for name in ("docker-compose.yml", "docker-compose.override.yml"):
        text = (project / name).read_text()
        for key in ("DJANGO_SECRET_KEY", "POSTGRES_PASSWORD"):
            for value in re.findall(rf"^\s+{key}:\s*(.+)$", text, re.MULTILINE):
                assert value.startswith(f"${{{key}:?"), f"{name}: {key} is {value}, not required from .env"
    env_example = (project / ".env.example").read_text()
    for key in (
        "POSTGRES_USER",
        "POSTGRES_PASSWORD",
        "POSTGRES_DB",
        "NGINX_PORT",
        "NGINX_CLIENT_MAX_BODY_SIZE",
    ):
        assert re.search(rf"^{key}=", env_example, re.MULTILINE), key
    for key in (
        "DJANGO_MIGRATE",
        "DJANGO_COLLECTSTATIC",
        "WEB_CONCURRENCY",
        "GUNICORN_THREADS",
        "GUNICORN_BIND",
    ):
        assert re.search(rf"^# {key}=", env_example, re.MULTILINE), key
    assert ".env" in (project / ".dockerignore").read_text().splitlines()
    # Every variable the compose files read is in .env.example, set or commented.
    for name in ("docker-compose.yml", "docker-compose.override.yml"):
        for key in set(re.findall(r"\$\{([A-Z_]+)", (project / name).read_text())):
            assert re.search(rf"^(# )?{key}=", env_example, re.MULTILINE), f"{name}: {key}"


def test_every_file_the_compose_files_mention_exists(project):
    for name in ("docker-compose.yml", "docker-compose.override.yml"):
        for service_name, service in compose(project, name)["services"].items():
            where = f"{name}: {service_name}"
            if "build" in service and "context" in service["build"]:
                context = project / service["build"]["context"]
                assert context.is_dir(), where
                assert (context / service["build"].get("dockerfile", "Dockerfile")).is_file(), where
            for volume in service.get("volumes", []):
                source = volume.split(":")[0]
                if source.startswith("."):
                    assert (project / source).exists(), f"{where}: {volume}"
            for env_file in service.get("env_file", []):
                entry = env_file if isinstance(env_file, dict) else {"path": env_file}
                # Optional: .env is git-ignored; .env.example is its model.
                assert (project / entry["path"]).exists() or entry.get("required") is False, where
                assert (project / f"{entry['path']}.example").is_file(), where


@pytest.mark.skipif(
    subprocess.run(["docker", "compose", "version"], capture_output=True, check=False).returncode != 0
    if shutil.which("docker")
    else True,
    reason="the docker client here has no Compose plugin; the JSON schema test covers the format",
)
def test_docker_compose_accepts_the_files(project):
    env = {**os.environ, "DJANGO_SECRET_KEY": "x" * 50, "POSTGRES_PASSWORD": "secret"}
    for files in (["-f", "docker-compose.yml"], []):
        result = subprocess.run(
            ["docker", "compose", *files, "config", "-q"],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr


# nginx ---------------------------------------------------------------------------


def render_nginx(
    project: Path,
    upstream: str,
    directory: Path,
    *,
    frontend: str = "127.0.0.1:3000",
    admin_url: str | None = None,
) -> Path:
    """The template as the official image renders it: envsubst of the filtered variables.

    Compose's values, with the defaults of its ``${VAR:-default}`` references (an
    .env that sets none of them); the upstreams are the test's, and so is the admin's
    path when ``admin_url`` is given.
    """
    environment = compose(project)["services"]["nginx"]["environment"]
    size = re.fullmatch(r"\$\{NGINX_CLIENT_MAX_BODY_SIZE:-(\w+)\}", environment["NGINX_CLIENT_MAX_BODY_SIZE"])
    assert size, environment
    values = {name: re.sub(r"\$\{[A-Z_]+:-([^}]*)\}", r"\1", value) for name, value in environment.items()}
    values["NGINX_UPSTREAM"] = upstream
    if has_web_app(project):
        assert values["NGINX_FRONTEND_UPSTREAM"] == "frontend:3000", values
        values["NGINX_FRONTEND_UPSTREAM"] = frontend
    if admin_url is not None:
        assert values["NGINX_ADMIN_URL"] == "admin/", values
        values["NGINX_ADMIN_URL"] = admin_url
    filter_ = re.compile(values["NGINX_ENVSUBST_FILTER"])
    names = " ".join(f"${{{name}}}" for name in values if filter_.search(name))
    template = (project / nginx_template(project)).read_text()
    result = subprocess.run(
        ["envsubst", names], input=template, env=values, capture_output=True, text=True, check=True
    )
    (directory / "conf.d").mkdir(parents=True)
    target = directory / "conf.d" / "default.conf"
    target.write_text(result.stdout)
    return target


def main_conf(directory: Path, conf: Path, *, user: str = "") -> Path:
    """A minimal main nginx.conf around ``conf``, with every path of its own in ``directory``."""
    temp_paths = "".join(
        f"    {kind}_temp_path {directory}/{kind};\n"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    main = directory / "nginx.conf"
    main.write_text(
        f"{user}pid {directory}/nginx.pid;\n"
        f"error_log {directory}/error.log;\n"
        "events {}\n"
        "http {\n"
        "    include /etc/nginx/mime.types;\n"
        f"{temp_paths}"
        f"    include {conf.parent}/*.conf;\n"
        "}\n"
    )
    return main


@contextmanager
def nginx(
    project: Path, upstream: str, port: int, directory: Path, static: Path, media: Path, **render: str
) -> Iterator[str]:
    """nginx running the project's config in front of ``upstream``; yields its origin.

    The config is rendered as the image renders it; then the container's port and
    paths are mapped to this test's: a free port on 127.0.0.1 for port 80, and
    temporary directories for the static and media volumes and the access log.
    """
    conf = render_nginx(project, upstream, directory, **render)
    text = conf.read_text()
    mapped = {
        "listen 80 default_server;": f"listen 127.0.0.1:{port} default_server;",
        "alias /srv/static/;": f"alias {static}/;",
        "alias /srv/media/;": f"alias {media}/;",
        "/var/log/nginx/access.log": f"{directory}/access.log",
    }
    for container, here in mapped.items():
        assert container in text, container
        text = text.replace(container, here)
    conf.write_text(text)
    # Workers read the test's files, in root's private temporary directory.
    main = main_conf(directory, conf, user="user root;\n")
    log = directory / "error.log"
    command = ["nginx", "-p", str(directory), "-c", str(main), "-e", str(log), "-g", "daemon off;"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    origin = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            assert server.poll() is None, f"nginx exited:\n{log.read_text()}"
            try:
                requests.get(f"{origin}/healthz", timeout=2)
                break
            except (requests.ConnectionError, requests.Timeout):
                assert time.monotonic() < deadline, f"nginx did not answer:\n{log.read_text()}"
                time.sleep(0.2)
        yield origin
    finally:
        server.terminate()
        server.wait(timeout=15)
        print(log.read_text()[-3000:])


@NEEDS_NGINX
def test_nginx_accepts_the_config(project, tmp_path):
    conf = render_nginx(project, "127.0.0.1:8000", tmp_path)
    text = conf.read_text()
    assert not re.search(r"\$\{NGINX_[A-Z_]+\}", text)
    # nginx's own variables are left alone.
    assert "$proxy_add_x_forwarded_for" in text
    assert "$request_id;" in text
    for header in ("Host", "X-Forwarded-For", "X-Forwarded-Proto", "X-Request-ID"):
        assert f"proxy_set_header {header} " in text, header
    assert re.search(r"client_max_body_size \d+m;", text)
    main = main_conf(tmp_path, conf)
    result = subprocess.run(
        ["nginx", "-t", "-p", str(tmp_path), "-c", str(main), "-e", str(tmp_path / "error.log")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


# The web app ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def web_project(template_src, tmp_path_factory) -> Path:
    return render(template_src, GENOMES["web_app"], tmp_path_factory.mktemp("web_app") / "project")


def test_compose_runs_the_web_app_behind_nginx(web_project):
    services = compose(web_project)["services"]
    frontend = services["frontend"]
    assert frontend["build"] == {"context": "./frontend", "dockerfile": "Dockerfile"}
    assert frontend["expose"] == ["3000"]
    assert frontend["init"] is True
    assert frontend["restart"] == "unless-stopped"
    assert frontend["environment"]["NEXT_TELEMETRY_DISABLED"] == "1"
    assert "http://127.0.0.1:3000/healthz" in " ".join(frontend["healthcheck"]["test"])
    nginx = services["nginx"]
    assert nginx["depends_on"]["frontend"] == {"condition": "service_healthy"}
    assert nginx["environment"]["NGINX_FRONTEND_UPSTREAM"] == "frontend:3000"
    # nginx and Django read the admin's path from one variable, with one default.
    admin_url = "${DJANGO_ADMIN_URL:-admin/}"
    assert (
        nginx["environment"]["NGINX_ADMIN_URL"]
        == services["web"]["environment"]["DJANGO_ADMIN_URL"]
        == admin_url
    )

    # Development: next dev with the source mounted and the image's packages in a
    # volume, behind nginx, which `docker compose up` starts on 127.0.0.1 only.
    development = compose(web_project, "docker-compose.override.yml")
    dev = development["services"]["frontend"]
    assert dev["command"] == ["npm", "run", "dev"]
    assert dev["build"] == {"target": "deps"}
    assert "FROM node:${NODE_VERSION}-alpine AS deps" in (web_project / "frontend/Dockerfile").read_text()
    assert dev["environment"]["NEXT_TELEMETRY_DISABLED"] == "1"
    assert dev["volumes"][:2] == ["./frontend:/app", "frontend-node-modules:/app/node_modules"]
    assert set(development["volumes"]) == {"frontend-node-modules", "frontend-next"}
    dev_nginx = development["services"]["nginx"]
    assert "profiles" not in dev_nginx
    assert isinstance(dev_nginx["ports"], Override)
    assert dev_nginx["ports"] == ["127.0.0.1:${NGINX_PORT:-80}:80"]
    # nginx serves /static/ from the volume in development too.
    assert development["services"]["web"]["environment"]["DJANGO_COLLECTSTATIC"] == "true"

    # What the image and Compose run is what package.json and next.config.ts say.
    scripts = json.loads((web_project / "frontend/package.json").read_text())["scripts"]
    assert "next dev --port 3000" in scripts["dev"]
    assert "next build" in scripts["build"]
    assert 'output: "standalone"' in (web_project / "frontend/next.config.ts").read_text()


def test_email_links_point_to_the_origin_nginx_serves(web_project):
    env_example = (web_project / ".env.example").read_text()
    assert re.search(r"^FRONTEND_URL=http://localhost$", env_example, re.MULTILINE)
    # One origin: the web app needs no CORS and no trusted origin of its own.
    assert re.search(r"^DJANGO_CORS_ALLOWED_ORIGINS=$", env_example, re.MULTILINE)
    assert re.search(r"^DJANGO_CSRF_TRUSTED_ORIGINS=$", env_example, re.MULTILINE)
    emails = (web_project / "apps/users/emails.py").read_text()
    assert "{settings.FRONTEND_URL}/reset-password?uid=" in emails
    assert "{settings.FRONTEND_URL}/invitations/accept?token=" in emails
    pages = {route.path for route in FRONTEND.pages}
    assert {"/reset-password", "/invitations/accept"} <= pages


class Stub(BaseHTTPRequestHandler):
    """Answers any GET with JSON: which server it is, the path and the headers it got."""

    protocol_version = "HTTP/1.1"
    server_name_ = ""

    def do_GET(self) -> None:  # http.server's name
        headers = {name.lower(): value for name, value in self.headers.items()}
        body = json.dumps({"server": self.server_name_, "path": self.path, "headers": headers}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def stub(name: str) -> Iterator[str]:
    """A stub HTTP server on a free port of 127.0.0.1, in a thread; yields host:port."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), type(f"{name}Stub", (Stub,), {"server_name_": name}))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


@NEEDS_NGINX
@pytest.mark.parametrize("admin_url", ["admin/", "staff-only/"])
def test_nginx_sends_django_its_paths_and_the_rest_to_the_web_app(web_project, tmp_path, admin_url):
    static, media, front = tmp_path / "static", tmp_path / "media", tmp_path / "nginx"
    (static / "admin" / "css").mkdir(parents=True)
    (static / "admin" / "css" / "base.css").write_text("body { margin: 0; }\n")
    media.mkdir()
    front.mkdir()
    port = free_port()
    with (
        stub("django") as django,
        stub("next") as web_app,
        nginx(
            web_project, django, port, front, static, media, frontend=web_app, admin_url=admin_url
        ) as proxy,
    ):

        def reached(path: str, **headers: str) -> tuple[str, dict, requests.Response]:
            response = requests.get(f"{proxy}{path}", headers=headers, timeout=10, allow_redirects=False)
            assert response.status_code == 200, (path, response.status_code, response.text[:300])
            body = response.json()
            assert body["path"] == path, body
            return body["server"], body["headers"], response

        other_admin = "admin/" if admin_url != "admin/" else "staff-only/"
        for path in (
            "/api/v1/patients/?page=2",
            "/api/v1/auth/csrf/",
            "/api/v1/schema/",
            f"/{admin_url}",
            f"/{admin_url}login/?next=/{admin_url}",
            "/healthz",
        ):
            assert reached(path)[0] == "django", path
        for path in (
            "/",
            "/tasks",
            "/patients/7/edit",
            "/sign-in?next=/patients",
            "/_next/static/chunks/app.js",
            "/favicon.ico",
            f"/{other_admin}",
        ):
            assert reached(path)[0] == "next", path

        # Django's static files (collectstatic) come from the volume, neither server.
        response = requests.get(f"{proxy}/static/admin/css/base.css", timeout=10)
        assert response.status_code == 200
        assert response.text == "body { margin: 0; }\n"
        assert "max-age=86400" in response.headers["Cache-Control"]
        # Uploads only through Django's file view: no client requests them.
        assert requests.get(f"{proxy}/protected-media/patient/x.pdf", timeout=10).status_code == 404

        # Both servers get the headers Django expects behind one proxy: the Host the
        # client sent (its port too), the client's address, the TLS proxy's scheme and
        # the request ID, which comes back to the client.
        client = {"X-Forwarded-Proto": "https", "X-Request-ID": "req-7"}
        for path, expected in (("/api/v1/patients/", "django"), ("/patients", "next")):
            server, headers, response = reached(path, **client)
            assert server == expected
            assert headers["host"] == f"127.0.0.1:{port}", headers
            assert headers["x-forwarded-for"] == "127.0.0.1", headers
            assert headers["x-forwarded-proto"] == "https", headers
            assert headers["x-request-id"] == "req-7", headers
            assert response.headers["X-Request-ID"] == "req-7"
            # Kept-alive connections to both upstreams, not closed after each request.
            assert headers.get("connection", "") == "", headers
        assert reached("/patients")[1]["x-forwarded-proto"] == "http"
        # The web app's pages get the security headers Django sets on its own answers.
        response = reached("/patients")[2]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["X-Frame-Options"] == "DENY"
        assert response.headers["Referrer-Policy"] == "same-origin"
        # next dev's hot reload: the WebSocket upgrade reaches the web app.
        upgrade = {"Upgrade": "websocket", "Connection": "Upgrade"}
        for path in ("/_next/webpack-hmr?id=1", "/patients"):
            server, headers, _ = reached(path, **upgrade)
            assert server == "next"
            assert headers["upgrade"] == "websocket", headers
            assert headers["connection"] == "upgrade", headers
    assert "request_id=req-7" in (front / "access.log").read_text()


def test_the_web_apps_dockerfile_builds_then_runs_the_standalone_server_as_a_non_root_user(web_project):
    web = web_project / "frontend"
    parser = DockerfileParser(path=str(web / "Dockerfile"))

    def values(kind: str) -> list[str]:
        return [i["value"] for i in parser.structure if i["instruction"] == kind]

    assert values("FROM") == [
        "node:${NODE_VERSION}-alpine AS deps",
        "deps AS build",
        "node:${NODE_VERSION}-alpine AS runtime",
    ]
    # Pinned by tag, as the backend's python:3.11-slim.
    assert "ARG NODE_VERSION=20" in parser.content
    assert "latest" not in parser.content
    assert "npm ci --no-audit --no-fund || npm install --no-audit --no-fund" in values("RUN")
    assert any("npm run build" in run for run in values("RUN"))
    # The deps stage, which the build stage starts from, turns telemetry off.
    deps = parser.content.split(" AS build", 1)[0]
    assert "ENV NEXT_TELEMETRY_DISABLED=1" in deps
    env = parser.envs  # the runtime stage's
    assert env["HOSTNAME"] == "0.0.0.0"
    assert env["PORT"] == "3000"
    assert env["NODE_ENV"] == "production"
    assert env["NEXT_TELEMETRY_DISABLED"] == "1"
    # The runtime has the standalone server, its static files and public/, nothing else.
    assert [copy for copy in values("COPY") if copy.startswith("--from=")] == [
        "--from=build /app/public ./public",
        "--from=build /app/.next/standalone ./",
        "--from=build /app/.next/static ./.next/static",
    ]
    runtime = parser.content.split(" AS runtime", 1)[1]
    assert "npm " not in runtime.replace("# ", "")
    users = values("USER")
    assert users[-1] == "10001:10001"
    (healthcheck,) = values("HEALTHCHECK")
    assert "http://127.0.0.1:3000/healthz" in healthcheck
    assert (web / "src/app/healthz/route.ts").is_file()
    assert values("EXPOSE") == ["3000"]
    assert json.loads(parser.cmd) == ["node", "server.js"]
    # The build context is frontend/; what it copies is there and not ignored.
    ignored = (web / ".dockerignore").read_text().splitlines()
    assert {"node_modules/", ".next/", ".env"} <= set(ignored)
    for value in values("COPY"):
        if value.startswith("--from="):
            continue
        *sources, _target = value.split()
        for source in sources:
            assert (web / source).exists(), f"COPY {source}: not in frontend/"
            assert source.rstrip("/") not in ignored, f"COPY {source}: excluded by frontend/.dockerignore"
    # The backend's image leaves the web app out: .dockerignore's list, and frontend/.
    backend = (web_project / "Dockerfile.dockerignore").read_text().splitlines()
    assert set((web_project / ".dockerignore").read_text().splitlines()) < set(backend)
    assert "frontend/" in backend


def test_the_request_size_limit_follows_the_largest_upload():
    def size(entities):
        genome = build({"project_name": "Files", "entities": entities})
        return Views(genome).settings().client_max_body_size

    note = {"name": "Note", "fields": [{"name": "title", "type": "string"}]}
    assert size([note]) == "3m"
    photo = {"name": "photo", "type": "image", "max_size": 2_000_000}
    scan = {"name": "scan", "type": "file", "max_size": 5 * 1024 * 1024}
    # One request may carry both files of an entity: 7 MiB, rounded up, plus 3.
    assert size([note, {"name": "Scan", "fields": [photo, scan]}]) == "10m"
    assert size([{"name": "Report", "fields": [{"name": "file", "type": "file"}]}]) == "100m"


# The entrypoint ------------------------------------------------------------------


def server_env(database: str, **extra: str) -> dict[str, str]:
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": database,
        "DJANGO_SECRET_KEY": "entrypoint-test-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "REDIS_URL": REDIS_URL,
        # The interpreter with the project's requirements is `python` on PATH, as in the image.
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
        "HOME": os.environ.get("HOME", "/root"),
        **extra,
    }


def test_the_entrypoint_waits_for_the_database_migrates_collects_and_execs(full_project, tmp_path):
    database = project_env(full_project, "entrypoint")["DATABASE_URL"]
    name = database.rsplit("/", 1)[1]
    static = tmp_path / "static"
    env = server_env(database, DJANGO_STATIC_ROOT=str(static), DJANGO_WAIT_FOR_DB_TIMEOUT="60")
    command = ["docker/entrypoint.sh", "python", "-c", "import os; print('exec', os.getpid())"]
    entrypoint = subprocess.Popen(
        command, cwd=full_project, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        # The database does not exist yet: the entrypoint waits for it.
        time.sleep(3)
        assert entrypoint.poll() is None, entrypoint.communicate()
        created = psql(f'CREATE DATABASE "{name}"')
        assert created.returncode == 0, created.stderr
        out, err = entrypoint.communicate(timeout=180)
        assert entrypoint.returncode == 0, out + err
        # exec: the command replaced the shell, in the same process.
        assert f"exec {entrypoint.pid}" in out.splitlines(), out
        assert "is ready" in out
        applied = psql_value(name, "SELECT count(*) FROM django_migrations WHERE app = 'users'")
        assert int(applied) >= 1
        assert (static / "rest_framework").is_dir()
        assert (static / "admin").is_dir()

        # The Celery containers' switches: neither step runs.
        quiet = tmp_path / "quiet"
        env |= {"DJANGO_STATIC_ROOT": str(quiet), "DJANGO_MIGRATE": "false", "DJANGO_COLLECTSTATIC": "false"}
        result = subprocess.run(
            command, cwd=full_project, env=env, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        assert "Operations to perform" not in result.stdout
        assert not quiet.exists()
    finally:
        entrypoint.kill()
        entrypoint.communicate()
        psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def psql_value(database: str, sql: str) -> str:
    result = subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-tAc", sql],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


# gunicorn ------------------------------------------------------------------------


@NEEDS_NGINX
def test_gunicorn_conf_serves_the_project_behind_nginx(full_project, tmp_path):
    static, media, front = tmp_path / "static", tmp_path / "media", tmp_path / "nginx"
    front.mkdir()
    port = free_port()
    settings = {
        "GUNICORN_BIND": "127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "GUNICORN_THREADS": "2",
        # The HTTPS redirect stays on: API calls say they came through TLS.
        "DJANGO_SECURE_SSL_REDIRECT": "true",
        "DJANGO_STATIC_ROOT": str(static),
        "DJANGO_MEDIA_ROOT": str(media),
        "DJANGO_NUM_PROXIES": "1",
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port}",
        # Throttling is not under test, and other tests sign in from 127.0.0.1 through
        # the same Redis at the same time.
        "THROTTLE_LOGIN": "1000/min",
        "THROTTLE_REGISTER": "1000/min",
    }
    https = {"X-Forwarded-Proto": "https"}
    log = tmp_path / "gunicorn.log"
    with migrated_database(full_project, "gunicorn_conf") as database:
        env = server_env(database, DJANGO_STATIC_ROOT=str(static))
        collected = run_in(full_project, "manage.py", "collectstatic", "--no-input", env=env)
        assert collected.returncode == 0, collected.stderr[-3000:]
        # No arguments: everything comes from gunicorn.conf.py and the environment.
        with (
            gunicorn(full_project, database, log, args=(), env=settings, ready_path="/healthz") as origin,
            nginx(full_project, origin.removeprefix("http://"), port, front, static, media) as proxy,
        ):
            # Probes: plain HTTP, any host name, never cached.
            response = requests.get(
                f"{origin}/healthz", headers={"Host": "10.0.0.7:8000", "X-Request-ID": "probe-1"}, timeout=10
            )
            assert response.status_code == 200, response.text
            assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
            assert "no-store" in response.headers["Cache-Control"]
            assert requests.get(f"{proxy}/healthz", timeout=10).json()["status"] == "ok"
            # Everything else is redirected to HTTPS.
            response = requests.get(f"{origin}{AUTH_PATH}csrf/", allow_redirects=False, timeout=10)
            assert response.status_code == 301, response.text
            assert response.headers["Location"].startswith("https://")

            # A browser behind TLS, through nginx: the request ID comes back.
            browser = Browser(proxy)
            response = browser.request(
                "GET", f"{AUTH_PATH}csrf/", headers=https | {"X-Request-ID": "browser-1"}
            )
            assert response.status_code == 200, response.text
            assert response.headers["X-Request-ID"] == "browser-1"
            credentials = {"email": "grace@example.com", "password": "correct horse battery staple"}
            response = browser.request(
                "POST",
                f"{AUTH_PATH}register/",
                json={**credentials, "workspace_name": "Clinic"},
                headers=dict(https),
                csrf=True,
            )
            assert response.status_code == 201, response.text
            response = browser.request(
                "POST", f"{AUTH_PATH}login/", json=credentials, headers=dict(https), csrf=True
            )
            assert response.status_code == 200, response.text
            assert {"access_token", "refresh_token"} <= set(browser.jar)
            for number in range(12):
                patient = {"full_name": f"Patient number {number:02}", "email": f"p{number}@example.com"}
                response = browser.request(
                    "POST", "/api/v1/patients/", json=patient, csrf=True, headers=dict(https)
                )
                assert response.status_code == 201, response.text
            response = browser.request(
                "GET", "/api/v1/patients/", headers=https | {"Accept-Encoding": "gzip"}
            )
            assert response.status_code == 200, response.text
            assert len(response.json()["results"]) == 12
            # Links Django builds keep the port the client used: nginx forwards Host whole.
            response = browser.request("GET", "/api/v1/patients/?page_size=5", headers=dict(https))
            assert response.json()["next"].startswith(f"https://127.0.0.1:{port}/api/v1/patients/")
            # JSON is compressed on the way out.
            assert response.headers["Content-Encoding"] == "gzip"
            assert (
                browser.request("GET", "/api/v1/patients/", cookies={}, headers=dict(https)).status_code
                == 401
            )

            # Static files: from the volume, cached a day, never sniffed.
            response = requests.get(f"{proxy}/static/rest_framework/css/bootstrap.min.css", timeout=10)
            assert response.status_code == 200
            assert "max-age=86400" in response.headers["Cache-Control"]
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            # Uploads are never served straight from the volume.
            (media / "patient").mkdir(parents=True)
            (media / "patient" / "page.html").write_text("<script>alert(1)</script>")
            for path in ("/media/patient/page.html", "/protected-media/patient/page.html"):
                response = requests.get(f"{proxy}{path}", headers=https, timeout=10)
                assert response.status_code == 404, path
                assert "<script>" not in response.text
            # Bodies over the genome's limit (3m here) stop at nginx, in the error format.
            response = requests.post(f"{proxy}{AUTH_PATH}login/", data=b"x" * (4 * 1024 * 1024), timeout=30)
            assert_json_error(response, 413, "payload_too_large")
            assert response.json()["message"] == "The request body is larger than 3m."
            # So do request lines and headers over nginx's limits, below gunicorn's own
            # (an HTML page); just under them, the request reaches Django.
            for length, status in ((8000, 401), (8300, 414), (100_000, 414)):
                query = "?q=" + "x" * (length - len("GET /api/v1/patients/?q= HTTP/1.1"))
                response = requests.get(f"{proxy}/api/v1/patients/{query}", headers=https, timeout=10)
                assert_json_error(response, status, "not_authenticated" if status == 401 else "uri_too_long")
            response = requests.get(f"{proxy}/api/v1/patients/", headers={"X-Long": "x" * 9000}, timeout=10)
            assert_json_error(response, 400, "bad_request")
            many = {f"X-Header-{number}": "x" for number in range(300)}
            response = requests.get(f"{proxy}/api/v1/patients/", headers=https | many, timeout=10)
            assert_json_error(response, 401, "not_authenticated")
    text = log.read_text()
    assert "Using worker: gthread" in text, text[-3000:]
    assert len(re.findall(r"Booting worker with pid", text)) >= 2, text[-3000:]
    # The access log format: time in ms, and the request ID from the probe and through nginx.
    assert re.search(r'"GET /healthz HTTP/1.1" 200 .* \d+ms request_id=probe-1', text), text[-3000:]
    assert re.search(r'"GET /api/v1/auth/csrf/ HTTP/1.1" 200 .* request_id=browser-1', text), text[-3000:]
    assert "request_id=browser-1" in (front / "access.log").read_text()


def assert_json_error(response: requests.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text[:500]
    assert response.headers["Content-Type"] == "application/json", response.headers
    body = response.json()
    assert body == {**body, "error": code, "fields": {}}, body
    assert body["message"].endswith("."), body


FILES_GENOME = {
    "project_name": "Files",
    "entities": [
        {
            "name": "Note",
            "fields": [
                {"name": "title", "type": "string", "required": True},
                {"name": "scan", "type": "file", "max_size": 1_000_000},
            ],
        }
    ],
}
PAGE = b"<script>alert(document.cookie)</script>"


def signed_up(origin: str, email: str, workspace: str) -> Browser:
    """A browser signed in as a new user, the owner of a new workspace."""
    browser = Browser(origin)
    assert browser.request("GET", f"{AUTH_PATH}csrf/").status_code == 200
    credentials = {"email": email, "password": "correct horse battery staple"}
    response = browser.request(
        "POST", f"{AUTH_PATH}register/", json={**credentials, "workspace_name": workspace}, csrf=True
    )
    assert response.status_code == 201, response.text
    response = browser.request("POST", f"{AUTH_PATH}login/", json=credentials, csrf=True)
    assert response.status_code == 200, response.text
    return browser


@NEEDS_NGINX
def test_nginx_sends_an_upload_only_to_whom_django_allows(template_src, tmp_path):
    project = render(template_src, FILES_GENOME, tmp_path / "project")
    static, media, front = tmp_path / "static", tmp_path / "media", tmp_path / "nginx"
    media.mkdir()
    port = free_port()
    settings = {
        "DJANGO_MEDIA_ROOT": str(media),
        "DJANGO_MEDIA_ACCEL_REDIRECT": "/protected-media/",
        "DJANGO_CSRF_TRUSTED_ORIGINS": f"http://127.0.0.1:{port}",
        "THROTTLE_LOGIN": "1000/min",
        "THROTTLE_REGISTER": "1000/min",
    }
    with (
        migrated_database(project, "uploads") as database,
        gunicorn(project, database, tmp_path / "gunicorn.log", env=settings) as origin,
        nginx(project, origin.removeprefix("http://"), port, front, static, media) as proxy,
    ):
        # A member uploads a page through nginx, as a browser does.
        owner = signed_up(proxy, "grace@example.com", "Clinic")
        response = owner.request(
            "POST",
            "/api/v1/notes/",
            data={"title": "A page"},
            files={"scan": ("page.html", PAGE, "text/html")},
            csrf=True,
        )
        assert response.status_code == 201, response.text
        url = response.json()["scan"]
        assert url.startswith(f"{proxy}/api/v1/files/note/"), url
        path = url.removeprefix(proxy)
        (stored,) = (str(file.relative_to(media)) for file in media.glob("note/scan/*/page.html"))

        # Downloaded through the URL the API gave: Django allows, nginx sends the bytes.
        response = owner.request("GET", path)
        assert response.status_code == 200, response.text
        assert response.content == PAGE
        assert response.headers["Content-Type"] == "application/octet-stream"
        assert response.headers["Content-Disposition"] == 'attachment; filename="page.html"'
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert "sandbox" in response.headers["Content-Security-Policy"]
        assert response.headers["Cache-Control"] == "private, no-store", response.headers
        # Django itself answered with the internal location and no body.
        django = Browser(origin)
        django.jar = owner.jar
        response = django.request("GET", path)
        assert response.status_code == 200, response.text
        assert response.headers["X-Accel-Redirect"] == f"/protected-media/{stored}"
        assert response.content == b""

        # A user of another workspace is told the file does not exist; nobody signed
        # in is told to sign in.
        outsider = signed_up(proxy, "ada@example.com", "Lab")
        assert_json_error(outsider.request("GET", path), 404, "not_found")
        assert_json_error(requests.get(f"{proxy}{path}", timeout=10), 401, "not_authenticated")
        # Nobody reaches the file without Django, not even its owner.
        for direct in (f"/media/{stored}", f"/protected-media/{stored}"):
            response = owner.request("GET", direct)
            assert response.status_code == 404, direct
            assert PAGE not in response.content, direct


# The Dockerfile ------------------------------------------------------------------


HADOLINT = shutil.which("hadolint", path=f"{Path(sys.executable).parent}:{os.environ['PATH']}")


@pytest.mark.skipif(not HADOLINT, reason="hadolint is not installed (pip install -r requirements-dev.txt)")
def test_hadolint_accepts_the_dockerfile(project):
    """Every rule, down to the informational ones (pinned versions, numeric user...);
    the web app's Dockerfile too."""
    for dockerfile in ("Dockerfile", *(["frontend/Dockerfile"] if has_web_app(project) else [])):
        result = subprocess.run(
            [HADOLINT, "--failure-threshold", "info", "--no-color", dockerfile],
            cwd=project,
            capture_output=True,
            text=True,
            check=False,
        )
        assert result.returncode == 0, dockerfile + result.stdout + result.stderr


def test_the_dockerfile_builds_wheels_then_runs_as_a_non_root_user(project):
    parser = DockerfileParser(path=str(project / "Dockerfile"))
    stages = [
        instruction["value"] for instruction in parser.structure if instruction["instruction"] == "FROM"
    ]
    assert stages == ["python:${PYTHON_VERSION}-slim AS build", "python:${PYTHON_VERSION}-slim AS runtime"]
    assert "ARG PYTHON_VERSION=3.11" in parser.content
    runtime = parser.content.split("AS runtime", 1)[1]
    assert "apt-get" not in runtime, "the runtime stage installs build tools"
    assert "--mount=type=bind,from=build,source=/wheels" in runtime
    env = parser.envs
    assert env["PYTHONDONTWRITEBYTECODE"] == "1"
    assert env["PYTHONUNBUFFERED"] == "1"
    users = [i["value"] for i in parser.structure if i["instruction"] == "USER"]
    assert users
    assert users[-1] not in {"root", "0"}
    healthcheck = [i["value"] for i in parser.structure if i["instruction"] == "HEALTHCHECK"]
    assert len(healthcheck) == 1
    assert "http://127.0.0.1:8000/healthz" in healthcheck[0]
    assert "urllib.request" in healthcheck[0]
    assert [i["value"] for i in parser.structure if i["instruction"] == "EXPOSE"] == ["8000"]
    assert json.loads(parser.cmd) == ["gunicorn"]
    entrypoint = [i["value"] for i in parser.structure if i["instruction"] == "ENTRYPOINT"]
    assert json.loads(entrypoint[0]) == ["/app/docker/entrypoint.sh"]
    # BuildKit reads Dockerfile.dockerignore, when there is one, instead of .dockerignore.
    ignore = project / "Dockerfile.dockerignore"
    ignored = (ignore if ignore.is_file() else project / ".dockerignore").read_text().splitlines()
    for instruction in parser.structure:
        if instruction["instruction"] != "COPY":
            continue
        *sources, _target = [part for part in instruction["value"].split() if not part.startswith("--")]
        assert "--from" not in instruction["value"], instruction
        for source in sources:
            assert (project / source).exists(), f"COPY {source}: not in the project"
            assert source.rstrip("/") not in ignored, f"COPY {source}: excluded by .dockerignore"
    assert (project / "requirements" / "production.txt").is_file()
    assert "gunicorn==" in (project / "requirements" / "production.txt").read_text()
