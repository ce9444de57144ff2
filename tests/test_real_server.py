"""The generated API under gunicorn with production settings, driven over real HTTP.

The generated tests use Django's in-process client; this one checks what only a
real server shows: the Set-Cookie headers a browser receives (HttpOnly, Secure,
SameSite, Path, Max-Age), CSRF on cookie-authenticated requests, refresh token
rotation and blacklisting, sign-out, and Django's own 404 in the JSON error format;
then input that must never make a 500 (deep JSON, text PostgreSQL cannot store,
racing unique writes, protected deletes, tokens naming no user), each answered with
a 4xx in the error format.
The server and the cookie-keeping client are in servers.py.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from functools import partial
from pathlib import Path

import jwt
import requests
from conftest import load, render
from servers import AUTH_PATH, Browser, forget_throttling, gunicorn, migrated_database

EMAIL = "ada@example.com"
PASSWORD = "correct horse battery staple"
ACCESS_SECONDS = 15 * 60
REFRESH_SECONDS = 7 * 24 * 60 * 60
# The server's JWT_REFRESH_GRACE_SECONDS: short, so the test waits little.
GRACE_SECONDS = 1
# The server's EMAIL_TIMEOUT: a send to the silent mail server gives up after it.
MAIL_TIMEOUT_SECONDS = 2


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


def test_the_api_under_gunicorn_with_a_real_client(template_src, tmp_path):
    project = render(template_src, load("minimal.yml"), tmp_path / "notebook")
    with migrated_database(project, "real_server") as database:
        forget_throttling()
        with silent_mail_server() as mail_port:
            env = {
                "JWT_REFRESH_GRACE_SECONDS": str(GRACE_SECONDS),
                "EMAIL_URL": f"smtp://127.0.0.1:{mail_port}",
                "EMAIL_TIMEOUT": str(MAIL_TIMEOUT_SECONDS),
            }
            with gunicorn(project, database, tmp_path / "gunicorn.log", env=env) as origin:
                drive(Browser(origin))
        assert "Could not send send_password_reset" in (tmp_path / "gunicorn.log").read_text()


@contextmanager
def silent_mail_server() -> Iterator[int]:
    """The port of a mail server that takes connections and never says a word."""
    with socket.create_server(("127.0.0.1", 0)) as server:
        yield server.getsockname()[1]


def readme_walkthrough(project: Path) -> str:
    """The shell block under "Try it with curl" in the generated README."""
    section = (project / "README.md").read_text().split("### Try it with curl", 1)[1]
    return section.split("```sh\n", 1)[1].split("```", 1)[0]


def test_the_readme_curl_walkthrough_works_as_written(template_src, tmp_path):
    project = render(template_src, load("minimal.yml"), tmp_path / "notebook")
    script = readme_walkthrough(project)
    assert "http://127.0.0.1:8000" in script
    # As the README says: runserver's settings, development ones.
    development = {"DJANGO_SETTINGS_MODULE": "config.settings.development"}
    with migrated_database(project, "readme") as database:
        forget_throttling()
        with gunicorn(project, database, tmp_path / "gunicorn.log", env=development) as origin:
            result = subprocess.run(
                ["bash", "-euo", "pipefail", "-c", script.replace("http://127.0.0.1:8000", origin)],
                capture_output=True,
                text=True,
                timeout=120,
                env={"PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"},
                check=False,
            )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    profiles = [line for line in lines if isinstance(line, dict) and line.get("email") == EMAIL]
    assert [profile["first_name"] for profile in profiles] == ["", "", "Ada"], lines
    assert lines[-1]["results"][0]["name"] in {"Lab", "Second lab"}, lines


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

    # b. Sign up: the tokens arrive in httpOnly cookies only. Without the CSRF header,
    # another site could sign the visitor up or in to an account of its own.
    credentials = {"email": EMAIL, "password": PASSWORD}
    signup = {**credentials, "workspace_name": "Home"}
    response = browser.request("POST", f"{AUTH_PATH}register/", json=signup)
    assert_error(response, 403, "permission_denied")
    assert not response.set_cookies
    response = browser.request("POST", f"{AUTH_PATH}register/", json=signup, csrf=True)
    assert response.status_code == 201, response.text
    assert response.json()["email"] == EMAIL
    assert "access" not in response.json()
    assert_auth_cookies(response)

    # c. Sign in.
    response = browser.request("POST", f"{AUTH_PATH}login/", json=credentials)
    assert_error(response, 403, "permission_denied")
    response = browser.request("POST", f"{AUTH_PATH}login/", json=credentials, csrf=True)
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

    # g. Refresh rotates both tokens. A second tab sending the old refresh token within
    # the grace window gets the same new pair; after it, the old token is refused.
    old_access, old_refresh = browser.cookie("access_token"), browser.cookie("refresh_token")
    response = browser.request("POST", f"{AUTH_PATH}refresh/", csrf=True)
    assert response.status_code == 204, response.text
    assert_auth_cookies(response)
    assert browser.cookie("access_token") != old_access
    assert browser.cookie("refresh_token") != old_refresh
    assert browser.request("GET", f"{AUTH_PATH}me/").status_code == 200
    stale = {"csrftoken": browser.cookie("csrftoken"), "refresh_token": old_refresh}
    second_tab = browser.request("POST", f"{AUTH_PATH}refresh/", cookies=stale, csrf=True)
    assert second_tab.status_code == 204, second_tab.text
    assert second_tab.set_cookies["refresh_token"]["value"] == browser.cookie("refresh_token")
    time.sleep(GRACE_SECONDS + 0.5)
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

    # k. A password reset answers alike and at once for a known and an unknown
    # address, though the mail server never answers: the email comes after the answer,
    # on the thread that served it (a new connection each, as the send holds that one).
    for email in (EMAIL, "nobody@example.com"):
        started = time.monotonic()
        response = requests.post(
            f"{browser.origin}{AUTH_PATH}password/reset/", json={"email": email}, timeout=10
        )
        assert response.status_code == 202, response.text
        assert response.content == b""
        assert time.monotonic() - started < MAIL_TIMEOUT_SECONDS, email


# Input that must never make a 500 --------------------------------------------------

SHELVES = {
    "project_name": "Library",
    "entities": [
        {
            "name": "Shelf",
            "fields": [
                {"name": "code", "type": "string", "max_length": 20, "required": True, "unique": True}
            ],
        },
        {
            "name": "Book",
            "fields": [
                {"name": "title", "type": "string", "required": True},
                {"name": "details", "type": "json"},
            ],
            "relations": [
                {"name": "shelf", "to": "Shelf", "required": True, "on_delete": "protect"},
                {"name": "reader", "to": "User", "kind": "one_to_one"},
            ],
        },
    ],
}
SECRET_KEY = "real-server-" + "k" * 48


def test_no_input_makes_a_server_error(template_src, tmp_path):
    project = render(template_src, SHELVES, tmp_path / "library")
    with migrated_database(project, "bad_input") as database:
        forget_throttling()
        env = {"DJANGO_SECRET_KEY": SECRET_KEY}
        with gunicorn(project, database, tmp_path / "gunicorn.log", env=env) as origin:
            attack(Browser(origin))


def attack(browser: Browser) -> None:
    assert browser.request("GET", f"{AUTH_PATH}csrf/").status_code == 200
    signup = {"email": EMAIL, "password": PASSWORD, "workspace_name": "Home"}
    assert browser.request("POST", f"{AUTH_PATH}register/", json=signup, csrf=True).status_code == 201

    # Signed-in answers are never stored.
    response = browser.request("GET", "/api/v1/shelves/")
    assert response.status_code == 200, response.text
    assert "no-store" in response.headers["Cache-Control"]

    # A body nested thousands of levels deep, signed in or not.
    nested = "[" * 50_000 + "]" * 50_000
    json_body = {"Content-Type": "application/json"}
    signed_out = {"csrftoken": browser.cookie("csrftoken")}
    for path, cookies in (("/api/v1/shelves/", None), (f"{AUTH_PATH}login/", signed_out)):
        response = browser.request(
            "POST", path, data=nested, headers=dict(json_body), csrf=True, cookies=cookies
        )
        assert assert_error(response, 400, "parse_error")["message"] == (
            "The JSON body nests more than 100 levels deep; send a flatter document."
        )

    # Text PostgreSQL cannot store, refused under the field's name.
    shelf = browser.request("POST", "/api/v1/shelves/", json={"code": "A1"}, csrf=True).json()
    book = {"title": "Emma", "shelf": shelf["id"]}
    for field, value in (("details", {"note\x00": 1}), ("details", ["\ud800"]), ("title", "\udfff")):
        body = json.dumps(book | {field: value})
        response = browser.request("POST", "/api/v1/books/", data=body, headers=dict(json_body), csrf=True)
        assert list(assert_error(response, 400, "validation_error")["fields"]) == [field], response.text

    # A row a protecting relation points at is not deleted.
    response = browser.request("POST", "/api/v1/books/", json=book, csrf=True)
    assert response.status_code == 201, response.text
    response = browser.request("DELETE", f"/api/v1/shelves/{shelf['id']}/", csrf=True)
    assert assert_error(response, 409, "referenced_by_book")["message"] == (
        "This row cannot be deleted while books refer to it; delete them or point them elsewhere first."
    )

    # Concurrent creates of one unique value: one wins, the others get a duplicate's 400.
    duplicate = browser.request("POST", "/api/v1/shelves/", json={"code": "A1"}, csrf=True)
    assert list(assert_error(duplicate, 400, "validation_error")["fields"]) == ["code"]
    for attempt in range(5):
        codes = [f"race-{attempt}"] * 8
        with ThreadPoolExecutor(len(codes)) as pool:
            responses = list(pool.map(partial(create_shelf, browser), codes))
        statuses = sorted(response.status_code for response in responses)
        assert statuses == [201] + [400] * 7, [response.text for response in responses]
        for response in responses:
            if response.status_code == 400:
                assert response.json() == duplicate.json(), response.text

    # Concurrent sign-ups with one email: one wins, the others get a duplicate's 400.
    duplicate = sign_up(browser.origin, EMAIL)
    assert list(assert_error(duplicate, 400, "validation_error")["fields"]) == ["email"]
    emails = ["race@example.com"] * 4
    with ThreadPoolExecutor(len(emails)) as pool:
        responses = list(pool.map(partial(sign_up, browser.origin), emails))
    statuses = sorted(response.status_code for response in responses)
    assert statuses == [201] + [400] * 3, [response.text for response in responses]
    for response in responses:
        if response.status_code == 400:
            assert response.json() == duplicate.json(), response.text

    # A validly signed token whose user claim is not an id.
    for user_id in ("not-an-id", [1], {"id": 1}):
        token = jwt.encode(
            {
                "token_type": "access",
                "exp": int(time.time()) + 60,
                "jti": uuid.uuid4().hex,
                "user_id": user_id,
            },
            SECRET_KEY,
            algorithm="HS256",
        )
        response = browser.request(
            "GET", "/api/v1/shelves/", cookies={}, headers={"Authorization": f"Bearer {token}"}
        )
        body = assert_error(response, 401, "token_not_valid")
        assert body["message"] == "The access token is not valid or has expired; refresh it or sign in again."

    # A refresh without a token says so, in a sentence.
    response = browser.request("POST", f"{AUTH_PATH}refresh/", cookies={}, json={})
    assert assert_error(response, 401, "refresh_token_missing")["message"] == (
        "No refresh token was sent: sign in, or send the refresh token in the body."
    )


def sign_up(origin: str, email: str) -> requests.Response:
    """Register ``email`` from a new browser."""
    client = Browser(origin)
    assert client.request("GET", f"{AUTH_PATH}csrf/").status_code == 200
    body = {"email": email, "password": PASSWORD}
    return client.request("POST", f"{AUTH_PATH}register/", json=body, csrf=True)


def create_shelf(browser: Browser, code: str) -> requests.Response:
    """POST a shelf from another client with the same cookies: one per thread."""
    client = Browser(browser.origin)
    client.jar = dict(browser.jar)
    return client.request("POST", "/api/v1/shelves/", json={"code": code}, csrf=True)
