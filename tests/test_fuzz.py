"""Schemathesis fuzzes the generated API, served by gunicorn, from its own OpenAPI schema.

The project from tests/genomes/all_features.yml runs for real with production
settings on a fresh database. A user signs up, which signs them in and makes them
the owner of a workspace; schemathesis then sends every operation of /api/v1/schema/
valid and invalid requests with that user's cookies and the CSRF header, and runs
every check (``--checks all``). The test reads schemathesis's event report
(NDJSON) and requires:

- no response is a server error (5xx);
- no check fails: every response matches its documented schema, status code and
  content type; an operation that declares authentication refuses a request
  without it, by the schema's security declaration (cookie or Bearer token, either
  one); a request the schema forbids is refused;
- but what the schema cannot state: a request the schema allows may be refused
  for a reason in UNSTATED_REFUSALS, such as an id that does not exist, or for a
  stale If-Match (positive_data_acceptance); a request with an unknown header is
  answered as without it, an empty list filter is no filter, and a PATCH whose form
  body holds no field changes nothing (negative_data_rejection).

No operation is excluded. Signing out and changing the password do not end the
session here: the refresh cookie is never sent (sign-out only blacklists a refresh
token it receives), and a generated password never matches the current one.

A failure prints the schemathesis report with a curl command for each failing case.
The seed is 1 unless GENOME_FUZZ_SEED sets another (`random` picks one); a failure
prints the one it used.
"""

from __future__ import annotations

import base64
import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import render
from servers import AUTH_PATH, Browser, forget_throttling, gunicorn, migrated_database

# GENOME_FUZZ_GENOME=path/to/genome.yml fuzzes another genome's project.
GENOME = Path(os.environ.get("GENOME_FUZZ_GENOME") or Path(__file__).parent / "genomes/all_features.yml")
CREDENTIALS = {"email": "fuzz@example.com", "password": "correct horse battery staple"}
# What a valid request (by the schema) may be refused for, by field, because the
# schema cannot say it: what another row holds, what the account's password is.
UNSTATED_REFUSALS = (
    # An id that no row of the workspace has.
    re.compile(r'Invalid pk ".*" - object does not exist\.'),
    # Django's password validators: too close to the email, too common, only digits
    # (and too short: its length comes from the validators' settings, not the field).
    re.compile(r"The password is too similar to the .+\."),
    re.compile(r"This password is too (short|common)\..*"),
    re.compile(r"This password is entirely numeric\."),
    re.compile(r"The current password is wrong\."),
    # Inviting an address that already has a member, such as the fuzzing user's own.
    re.compile(r"Already a member\."),
    # Text with a NUL character, which PostgreSQL cannot store; JSON Schema could
    # only say so with a pattern on every text field.
    re.compile(r"Null characters are not allowed\."),
)
FORM_MEDIA_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
# Gunicorn answers a request line over 8190 bytes (a long generated query string)
# with its own HTML 414 before Django sees it; in the shipped stack nginx refuses it
# first, in JSON (tests/test_containers.py). Lifting gunicorn's limit lets such
# requests reach the application under test.
UNLIMITED_REQUEST_LINE = {"GUNICORN_CMD_ARGS": "--limit-request-line 0"}
EXAMPLES_PER_OPERATION = int(os.environ.get("GENOME_FUZZ_EXAMPLES") or 15)
# Its own cache database: the fuzzer's many sign-ins count against the login throttle
# of 127.0.0.1, which the other server tests running alongside must not share.
FUZZ_REDIS_URL = "redis://127.0.0.1:6379/12"
SERVER_ENV = UNLIMITED_REQUEST_LINE | {"REDIS_URL": FUZZ_REDIS_URL}


def test_schemathesis_finds_no_server_error_and_no_undocumented_answer(template_src, tmp_path):
    project = render(template_src, yaml.safe_load(GENOME.read_text()), tmp_path / "clinic")
    # A fixed seed keeps CI repeatable; GENOME_FUZZ_SEED=random explores further.
    chosen = os.environ.get("GENOME_FUZZ_SEED", "1")
    seed = random.randrange(2**32) if chosen == "random" else int(chosen)
    with (
        migrated_database(project, "fuzz") as database,
        gunicorn(project, database, tmp_path / "gunicorn.log", env=SERVER_ENV) as origin,
    ):
        forget_throttling(FUZZ_REDIS_URL)
        browser = Browser(origin)
        assert browser.request("GET", f"{AUTH_PATH}csrf/").status_code == 200
        signed_up = browser.request("POST", f"{AUTH_PATH}register/", json=CREDENTIALS, csrf=True)
        assert signed_up.status_code == 201, signed_up.text
        assert signed_up.json()["active_workspace"], signed_up.text
        csrf = browser.cookie("csrftoken")
        command = [
            *(sys.executable, "-m", "schemathesis.cli", "run", f"{origin}/api/v1/schema/"),
            *("--checks", "all"),
            *("--phases", "examples,coverage,fuzzing"),
            *("--max-examples", str(EXAMPLES_PER_OPERATION), "--seed", str(seed)),
            # One worker: with two, CPython 3.11's ast.parse, which hypothesis
            # calls from each thread, fails ("AST constructor recursion depth").
            *("--workers", "1", "--no-shrink", "--request-timeout", "10"),
            *("--suppress-health-check", "all", "--continue-on-failure", "--warnings", "off"),
            *("--header", f"Cookie: access_token={browser.cookie('access_token')}; csrftoken={csrf}"),
            *("--header", f"X-CSRFToken: {csrf}"),
            *("--report", "json,ndjson", "--report-json-path", str(tmp_path / "report.json")),
            *("--report-ndjson-path", str(tmp_path / "events.ndjson")),
        ]
        result = subprocess.run(
            command, cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300
        )
        # The session outlived the run, so every operation was tried signed in.
        assert browser.request("GET", f"{AUTH_PATH}me/").status_code == 200
    report = result.stdout + result.stderr[-4000:]
    seeded = f"seed {seed} (GENOME_FUZZ_SEED={seed} reproduces it)"
    # 1: some check failed; which failures count is decided below, from the report.
    assert result.returncode in (0, 1), f"{seeded}\n{report}"
    run = json.loads((tmp_path / "report.json").read_text())
    assert run["complete"], report
    assert run["operations"]["tested"] == run["operations"]["selected"] > 20, run["operations"]
    assert run["errors"] == [], run["errors"]
    failures, statuses = read_events(tmp_path / "events.ndjson")
    assert statuses, "the report holds no response"
    assert failures or result.returncode == 0, f"the report shows no failed check\n{report}"
    assert not [code for code in statuses if code >= 500], f"{seeded}: server errors\n{report}"
    unexpected = [failure for failure in failures if not tolerated(failure)]
    assert not unexpected, f"{seeded}\n" + "\n".join(map(describe, unexpected))


def read_events(path: Path) -> tuple[list[dict], list[int]]:
    """The failed checks, each with its case and response, and every response's status."""
    failures, statuses = [], []
    for line in path.read_text().splitlines():
        scenario = json.loads(line).get("ScenarioFinished")
        if scenario is None:
            continue
        recorder = scenario["recorder"]
        interactions = recorder.get("interactions", {})
        statuses += [i["response"]["status_code"] for i in interactions.values() if i.get("response")]
        for case_id, checks in recorder.get("checks", {}).items():
            for check in checks:
                if check["status"] in ("failure", "error"):
                    failures.append(
                        {
                            "check": check["name"],
                            "status": check["status"],
                            "failure": check.get("failure_info", {}).get("failure", {}),
                            "case": recorder["cases"][case_id]["value"],
                            "response": (interactions.get(case_id) or {}).get("response"),
                        }
                    )
    return failures, statuses


def response_json(response: dict | None) -> dict:
    content = (response or {}).get("content") or {}
    try:
        body = json.loads(base64.b64decode(content.get("$base64", "")))
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}


def tolerated(failure: dict) -> bool:
    return (
        refused_for_an_unstated_reason(failure)
        or an_unknown_header_accepted(failure)
        or an_empty_filter_ignored(failure)
        or a_form_without_fields_changes_nothing(failure)
    )


def mutations(failure: dict) -> list[dict]:
    """What schemathesis changed to make the request invalid."""
    scenario = (failure["case"].get("meta") or {}).get("phase", {}).get("data") or {}
    return scenario.get("mutations") or []


def an_empty_filter_ignored(failure: dict) -> bool:
    """A list filter sent empty (``?created_before=``) is no filter, as in a form whose
    field is left blank (django-filter); the list answers unfiltered."""
    query = failure["case"].get("query") or {}
    changed = mutations(failure)
    return (
        failure["check"] == "negative_data_rejection"
        and failure["case"].get("method") == "GET"
        and bool(changed)
        and all(
            m.get("parameter_location") == "query" and query.get(m.get("parameter")) == "" for m in changed
        )
    )


def a_form_without_fields_changes_nothing(failure: dict) -> bool:
    """A PATCH whose form body is not key=value pairs carries no field: the row is
    answered unchanged, as for a PATCH of nothing."""
    case = failure["case"]
    return (
        failure["check"] == "negative_data_rejection"
        and case.get("method") == "PATCH"
        and case.get("media_type") in FORM_MEDIA_TYPES
        and not isinstance(case.get("body"), dict)
    )


def an_unknown_header_accepted(failure: dict) -> bool:
    """A request with an extra header, otherwise valid, answered as without it.

    Every HTTP client and proxy adds headers of its own (User-Agent, Via, tracing),
    so an API reads the ones it knows; OpenAPI cannot declare the others allowed.
    """
    scenario = (failure["case"].get("meta") or {}).get("phase", {}).get("data") or {}
    return (
        failure["check"] == "negative_data_rejection"
        and failure["status"] == "failure"
        and scenario.get("scenario") == "object_unexpected_properties"
        and scenario.get("parameter_location") == "header"
    )


def refused_for_an_unstated_reason(failure: dict) -> bool:
    """A valid request refused, in the error format, under fields, each for a reason
    in UNSTATED_REFUSALS, or for a null that a form body cannot carry."""
    if failure["check"] != "positive_data_acceptance" or failure["status"] != "failure":
        return False
    status = (failure["response"] or {}).get("status_code")
    body = response_json(failure["response"])
    if status == 412 and body.get("error") == "precondition_failed":
        return True  # an If-Match that is not the row's current ETag, which no schema knows
    if status != 400:
        return False
    fields = body.get("fields")
    if not fields or not isinstance(fields, dict):
        return False
    case = failure["case"]
    sent = case.get("body") if isinstance(case.get("body"), dict) else {}
    # A form sends a null as the text "null", which the field then refuses.
    form_nulls = {
        name for name, value in sent.items() if value is None and case.get("media_type") in FORM_MEDIA_TYPES
    }
    return all(
        name in form_nulls or all(any(r.fullmatch(m) for r in UNSTATED_REFUSALS) for m in messages)
        for name, messages in fields.items()
    )


def describe(failure: dict) -> str:
    case = failure["case"]
    response = failure["response"] or {}
    return (
        f"{failure['check']}: {case.get('method')} {case.get('path')} {case.get('media_type') or ''} "
        f"body={json.dumps(case.get('body'))[:300]} query={case.get('query')} headers={case.get('headers')} "
        f"-> {response.get('status_code')} {json.dumps(response_json(response))[:300]}\n"
        f"    {failure['failure'].get('message', failure['status'])}\n    {json.dumps(case.get('meta'))}"
    )
