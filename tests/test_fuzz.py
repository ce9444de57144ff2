"""Schemathesis fuzzes the generated API, served by gunicorn, from its own OpenAPI schema.

The project from tests/genomes/all_features.yml runs for real with production
settings on a fresh database. A user signs up, which signs them in and makes them
the owner of a workspace; schemathesis then sends every operation of /api/v1/schema/
valid and invalid requests with that user's cookies and the CSRF header, and runs
every check (but two, see EXCLUDED_CHECKS), among them:

- no request makes a server error (500);
- every response matches its documented schema;
- every status code is one the schema documents for that operation;
- every response has a documented content type;
- an operation that declares authentication refuses a request without it, by the
  schema's security declaration (cookie or Bearer token, either one).

No operation is excluded. Signing out and changing the password do not end the
session here: the refresh cookie is never sent (sign-out only blacklists a refresh
token it receives), and a generated password never matches the current one.

A failure prints the schemathesis report with a curl command for each failing case.
The seed is random unless GENOME_FUZZ_SEED is set; a failure prints the one it used.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import render
from servers import AUTH_PATH, Browser, forget_throttling, gunicorn, migrated_database

# GENOME_FUZZ_GENOME=path/to/genome.yml fuzzes another genome's project.
GENOME = Path(os.environ.get("GENOME_FUZZ_GENOME") or Path(__file__).parent / "genomes/all_features.yml")
CREDENTIALS = {"email": "fuzz@example.com", "password": "correct horse battery staple"}
# Every check but the two that judge validation against what the schema can say:
# a password too common, an id that does not exist or text with a NUL character
# are valid by the schema and refused by the API (positive_data_acceptance); DRF
# accepts some input the schema forbids, such as page_size=true, which falls back to
# the default page size (negative_data_rejection). Server errors, the documented
# answers and the security declaration (ignored_auth) are all checked.
CHECKS = "all"
EXCLUDED_CHECKS = "positive_data_acceptance,negative_data_rejection"
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
    seed = int(os.environ.get("GENOME_FUZZ_SEED") or random.randrange(2**32))
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
            *("--checks", CHECKS, "--exclude-checks", EXCLUDED_CHECKS),
            *("--phases", "examples,coverage,fuzzing"),
            *("--max-examples", str(EXAMPLES_PER_OPERATION), "--seed", str(seed)),
            # One worker: with two, CPython 3.11's ast.parse, which hypothesis
            # calls from each thread, fails ("AST constructor recursion depth").
            *("--workers", "1", "--no-shrink", "--request-timeout", "10"),
            *("--suppress-health-check", "all", "--continue-on-failure", "--warnings", "off"),
            *("--header", f"Cookie: access_token={browser.cookie('access_token')}; csrftoken={csrf}"),
            *("--header", f"X-CSRFToken: {csrf}"),
            *("--report", "json", "--report-json-path", str(tmp_path / "report.json")),
        ]
        result = subprocess.run(
            command, cwd=tmp_path, capture_output=True, text=True, check=False, timeout=300
        )
        # The session outlived the run, so every operation was tried signed in.
        assert browser.request("GET", f"{AUTH_PATH}me/").status_code == 200
    report = result.stdout + result.stderr[-4000:]
    assert result.returncode == 0, f"seed {seed} (GENOME_FUZZ_SEED={seed} reproduces it)\n{report}"
    run = json.loads((tmp_path / "report.json").read_text())
    assert run["complete"], report
    assert run["operations"]["tested"] == run["operations"]["selected"] > 20, run["operations"]
    assert run["errors"] == [], run["errors"]
