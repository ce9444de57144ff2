"""Real servers for the template's tests: databases, gunicorn, and a cookie-keeping client.

The generated tests use Django's in-process client; the template's tests that need
what only a real server shows (Set-Cookie headers, CSRF, the WSGI stack, gunicorn's
own configuration) start the project for real on 127.0.0.1 with these helpers.

Production cookies are Secure and requests does not send Secure cookies over
http://, so ``Browser`` keeps its own jar, filled from the raw Set-Cookie headers,
and sends the Cookie header itself, by path, as a browser behind TLS would.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import redis
import requests
from conftest import project_env, run_in

REDIS_URL = "redis://127.0.0.1:6379/15"
AUTH_PATH = "/api/v1/auth/"


def psql(sql: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], capture_output=True, text=True, check=False
    )


def free_port() -> int:
    """A port nothing listens on (until someone binds it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def stop(process: subprocess.Popen, timeout: float) -> None:
    """Ask ``process`` to stop; kill it if it has not after ``timeout`` seconds."""
    process.terminate()
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def migrated_database(project: Path, slug: str) -> Iterator[str]:
    """A new database with the project's migrations made and applied; yields its URL."""
    env = project_env(project, slug) | {"REDIS_URL": REDIS_URL}
    database = env["DATABASE_URL"]
    name = database.rsplit("/", 1)[1]
    created = psql(f'CREATE DATABASE "{name}"')
    assert created.returncode == 0, created.stderr
    try:
        made = run_in(project, "manage.py", "genome_migrations", env=env)
        assert made.returncode == 0, made.stderr[-4000:]
        migrated = run_in(project, "manage.py", "migrate", "--no-input", env=env)
        assert migrated.returncode == 0, migrated.stderr[-4000:]
        yield database
    finally:
        psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def forget_throttling(redis_url: str = REDIS_URL) -> None:
    """Earlier runs' request counts for this client (register allows 20 an hour) and
    failed sign-ins per account."""
    client = redis.Redis.from_url(redis_url)
    for pattern in ("*throttle_*_127.0.0.1", "*failed_sign_ins_*"):
        for key in client.scan_iter(pattern):
            client.delete(key)


def production_env(database: str, origin: str) -> dict[str, str]:
    """Production settings for a server on ``origin``, which clients reach over plain HTTP."""
    return {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "DATABASE_URL": database,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(48),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        # Production runs behind a TLS proxy; here the client speaks plain HTTP.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "REDIS_URL": REDIS_URL,
        "DJANGO_CSRF_TRUSTED_ORIGINS": origin,
        "PATH": os.environ["PATH"],
        "HOME": os.environ.get("HOME", "/root"),
    }


@contextmanager
def gunicorn(
    project: Path,
    database: str,
    log: Path,
    *,
    args: tuple[str, ...] | None = None,
    env: dict[str, str] | None = None,
    ready_path: str = f"{AUTH_PATH}csrf/",
) -> Iterator[str]:
    """The project served by gunicorn with production settings; yields its origin.

    By default the command line names the application, the bind address and two
    workers. With ``args``, gunicorn gets exactly those arguments, so the project's
    own gunicorn.conf.py decides the rest; ``env`` adds to the environment.
    """
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    environment = production_env(database, origin) | (env or {})
    command = [sys.executable, "-m", "gunicorn"]
    if args is None:
        command += ["config.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "2"]
        command += ["--access-logfile", "-"]
        # Gunicorn 27's control socket is one path under HOME, shared by parallel runs.
        command += ["--no-control-socket"]
    else:
        command += [arg.format(port=port) for arg in args]
        environment = {key: value.format(port=port) for key, value in environment.items()}
    with log.open("w") as output:
        server = subprocess.Popen(
            command, cwd=project, env=environment, stdout=output, stderr=subprocess.STDOUT
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                assert server.poll() is None, f"gunicorn exited:\n{log.read_text()[-4000:]}"
                try:
                    if requests.get(f"{origin}{ready_path}", timeout=2).status_code == 200:
                        break
                except (requests.ConnectionError, requests.Timeout):
                    pass  # not listening yet, or its workers are still booting
                assert time.monotonic() < deadline, f"gunicorn did not answer:\n{log.read_text()[-4000:]}"
                time.sleep(0.2)
            yield origin
        finally:
            stop(server, timeout=15)
            print(log.read_text()[-6000:])  # shown when the test fails


def set_cookies(response: requests.Response) -> dict[str, dict]:
    """Each Set-Cookie header, unfolded, as {"value": ..., "attribute": value or True}."""
    cookies = {}
    for header in response.raw._original_response.msg.get_all("Set-Cookie") or []:
        pair, *attributes = (part.strip() for part in header.split(";"))
        name, _, value = pair.partition("=")
        cookie = {"value": value.removeprefix('"').removesuffix('"')}
        for attribute in attributes:
            key, has_value, attribute_value = attribute.partition("=")
            cookie[key.lower()] = attribute_value if has_value else True
        cookies[name] = cookie
    return cookies


class Browser:
    """A requests session whose cookies are kept here, so Secure ones go over http://."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.session = requests.Session()
        self.jar: dict[str, tuple[str, str]] = {}  # name: (value, path)

    def cookie(self, name: str) -> str:
        return self.jar[name][0]

    def request(
        self,
        method: str,
        path: str,
        *,
        csrf: bool = False,
        cookies: dict[str, str] | None = None,
        **kwargs,
    ) -> requests.Response:
        """Sends the jar's cookies for ``path``, or exactly ``cookies`` when given."""
        headers = kwargs.pop("headers", {})
        if method not in ("GET", "HEAD"):
            headers["Origin"] = self.origin
        if csrf:
            headers["X-CSRFToken"] = self.cookie("csrftoken")
        if cookies is None:
            cookies = {name: value for name, (value, scope) in self.jar.items() if path.startswith(scope)}
        if cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in cookies.items())
        response = self.session.request(method, self.origin + path, headers=headers, timeout=10, **kwargs)
        self.session.cookies.clear()
        response.set_cookies = set_cookies(response)
        for name, cookie in response.set_cookies.items():
            if cookie["value"] and cookie.get("max-age") != "0":
                self.jar[name] = (cookie["value"], cookie.get("path", "/"))
            else:
                self.jar.pop(name, None)
        return response
