"""The generated API under gunicorn with production settings, driven over real HTTP.

The generated tests use Django's in-process client; this one checks what only a
real server shows: the Set-Cookie headers a browser receives (HttpOnly, Secure,
SameSite, Path, Max-Age), CSRF on cookie-authenticated requests, refresh token
rotation and blacklisting, sign-out, and Django's own 404 in the JSON error format.

Production cookies are Secure and requests does not send Secure cookies over
http://, so the test keeps its own jar, filled from the raw Set-Cookie headers, and
sends the Cookie header itself, by path, as a browser behind TLS would.
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
from conftest import load, project_env, render, run_in

EMAIL = "ada@example.com"
PASSWORD = "correct horse battery staple"
REDIS_URL = "redis://127.0.0.1:6379/15"
AUTH_PATH = "/api/v1/auth/"
ACCESS_SECONDS = 15 * 60
REFRESH_SECONDS = 7 * 24 * 60 * 60


def psql(sql: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", sql], capture_output=True, text=True, check=False
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def forget_throttling() -> None:
    """Earlier runs' request counts for this client; register allows 20 an hour."""
    client = redis.Redis.from_url(REDIS_URL)
    for key in client.scan_iter("*throttle_*_127.0.0.1"):
        client.delete(key)


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
        headers = {}
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


def assert_auth_cookies(response: requests.Response) -> None:
    expected = {"access_token": ("/", ACCESS_SECONDS), "refresh_token": (AUTH_PATH, REFRESH_SECONDS)}
    for name, (path, max_age) in expected.items():
        cookie = response.set_cookies.get(name)
        assert cookie, f"no {name} cookie in {response.set_cookies}"
        assert cookie["value"], cookie
        assert cookie.get("httponly") is True, cookie
        assert cookie.get("secure") is True, cookie
        assert cookie.get("samesite") == "Lax", cookie
        assert cookie.get("path") == path, cookie
        assert cookie.get("max-age") == str(max_age), cookie


def assert_error(response: requests.Response, status: int, code: str) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["Content-Type"].startswith("application/json"), response.headers
    body = response.json()
    assert set(body) == {"error", "message", "fields"}, body
    assert body["error"] == code, body
    return body


@contextmanager
def gunicorn(project: Path, database: str, log: Path) -> Iterator[str]:
    """The project served with production settings; yields its origin."""
    port = free_port()
    origin = f"http://127.0.0.1:{port}"
    env = {
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
    command = [sys.executable, "-m", "gunicorn", "config.wsgi:application"]
    command += ["--bind", f"127.0.0.1:{port}", "--workers", "2", "--access-logfile", "-"]
    # Gunicorn 27's control socket is one path under HOME, shared by parallel runs.
    command += ["--no-control-socket"]
    with log.open("w") as output:
        server = subprocess.Popen(command, cwd=project, env=env, stdout=output, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 20
            while True:
                assert server.poll() is None, f"gunicorn exited:\n{log.read_text()[-4000:]}"
                try:
                    if requests.get(f"{origin}{AUTH_PATH}csrf/", timeout=2).status_code == 200:
                        break
                except requests.ConnectionError:
                    pass
                assert time.monotonic() < deadline, f"gunicorn did not answer:\n{log.read_text()[-4000:]}"
                time.sleep(0.2)
            yield origin
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            print(log.read_text()[-6000:])  # shown when the test fails


def test_the_api_under_gunicorn_with_a_real_client(template_src, tmp_path):
    project = render(template_src, load("minimal.yml"), tmp_path / "notebook")
    env = project_env(project, "real_server")
    database = env["DATABASE_URL"]
    name = database.rsplit("/", 1)[1]
    created = psql(f'CREATE DATABASE "{name}"')
    assert created.returncode == 0, created.stderr
    try:
        made = run_in(project, "manage.py", "genome_migrations", env=env)
        assert made.returncode == 0, made.stderr[-4000:]
        migrated = run_in(project, "manage.py", "migrate", "--no-input", env=env)
        assert migrated.returncode == 0, migrated.stderr[-4000:]
        forget_throttling()
        with gunicorn(project, database, tmp_path / "gunicorn.log") as origin:
            drive(Browser(origin))
    finally:
        psql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def drive(browser: Browser) -> None:
    # a. The CSRF cookie, readable by the front end's JavaScript.
    response = browser.request("GET", f"{AUTH_PATH}csrf/")
    assert response.status_code == 200, response.text
    assert response.json()["csrf_token"]
    csrf = response.set_cookies.get("csrftoken")
    assert csrf, response.set_cookies
    assert csrf["value"], csrf
    assert csrf.get("secure") is True, csrf
    assert csrf.get("samesite") == "Lax", csrf
    assert "httponly" not in csrf, csrf

    # b. Sign up: the tokens arrive in httpOnly cookies only.
    credentials = {"email": EMAIL, "password": PASSWORD}
    response = browser.request(
        "POST", f"{AUTH_PATH}register/", json={**credentials, "workspace_name": "Home"}
    )
    assert response.status_code == 201, response.text
    assert response.json()["email"] == EMAIL
    assert "access" not in response.json()
    assert_auth_cookies(response)

    # c. Sign in.
    response = browser.request("POST", f"{AUTH_PATH}login/", json=credentials)
    assert response.status_code == 200, response.text
    assert response.json()["email"] == EMAIL
    assert_auth_cookies(response)
    assert set(browser.jar) == {"csrftoken", "access_token", "refresh_token"}

    # d. A cookie-authenticated unsafe request without the CSRF header is refused.
    response = browser.request("POST", "/api/v1/workspaces/", json={"name": "Lab"})
    body = assert_error(response, 403, "permission_denied")
    assert "CSRF" in body["message"], body
    assert body["fields"] == {}, body

    # e. With it, the request goes through.
    response = browser.request("POST", "/api/v1/workspaces/", json={"name": "Lab"}, csrf=True)
    assert response.status_code == 201, response.text
    assert response.json()["name"] == "Lab"

    # f. The access cookie authenticates reads.
    response = browser.request("GET", f"{AUTH_PATH}me/")
    assert response.status_code == 200, response.text
    workspaces = {membership["workspace"]["name"] for membership in response.json()["memberships"]}
    assert workspaces == {"Home", "Lab"}

    # g. Refresh rotates both tokens; the old refresh token is blacklisted.
    old_access, old_refresh = browser.cookie("access_token"), browser.cookie("refresh_token")
    response = browser.request("POST", f"{AUTH_PATH}refresh/", csrf=True)
    assert response.status_code == 204, response.text
    assert_auth_cookies(response)
    assert browser.cookie("access_token") != old_access
    assert browser.cookie("refresh_token") != old_refresh
    assert browser.request("GET", f"{AUTH_PATH}me/").status_code == 200
    stale = {"csrftoken": browser.cookie("csrftoken"), "refresh_token": old_refresh}
    response = browser.request("POST", f"{AUTH_PATH}refresh/", cookies=stale, csrf=True)
    assert_error(response, 401, "token_not_valid")

    # h. Sign out blacklists the refresh token and clears both cookies where they were set.
    refresh = browser.cookie("refresh_token")
    response = browser.request("POST", f"{AUTH_PATH}logout/", csrf=True)
    assert response.status_code == 204, response.text
    for name, path in (("access_token", "/"), ("refresh_token", AUTH_PATH)):
        cleared = response.set_cookies.get(name)
        assert cleared, f"{name} not cleared: {response.set_cookies}"
        assert cleared["value"] == "", cleared
        assert cleared.get("max-age") == "0" or "1970" in cleared.get("expires", ""), cleared
        assert cleared.get("path") == path, cleared
    assert set(browser.jar) == {"csrftoken"}
    signed_out = {"csrftoken": browser.cookie("csrftoken"), "refresh_token": refresh}
    response = browser.request("POST", f"{AUTH_PATH}refresh/", cookies=signed_out, csrf=True)
    assert_error(response, 401, "token_not_valid")

    # i. Django's own 404 (DEBUG off) answers in the error format.
    assert_error(browser.request("GET", "/api/v1/does-not-exist/"), 404, "not_found")

    # j. Without credentials: 401 with a challenge, not 403.
    response = browser.request("GET", "/api/v1/notes/", cookies={})
    assert_error(response, 401, "not_authenticated")
    assert response.headers.get("WWW-Authenticate"), response.headers
