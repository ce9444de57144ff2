"""The web app's steps (features.frontend): its schema, dependencies and checks.

The OpenAPI schema is written to frontend/openapi.yml before the backend's tests,
one of which compares it with the API. After them, the typed client's types are
made from it, then the app is formatted (prettier), type-checked, linted and its
component tests run. Without Node.js 20.19 or newer those steps are skipped, and
the summary says what to run once Node is installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from failure import StepFailed

MINIMUM_NODE = (20, 19)
INSTALL = ("install", "--no-audit", "--no-fund", "--loglevel=error")
CHECKS = ("typecheck", "lint", "test")
# The template's tests share one installed node_modules among the projects they
# make (`make web-deps`): copied as hard links, it takes no space and no time.
SHARED_NODE_MODULES = "GENOME_NODE_MODULES"


def write_schema(project: Path, python: str, run) -> None:
    if (project / "frontend").is_dir():
        run(
            python,
            *("manage.py", "spectacular", "--validate", "--file", "frontend/openapi.yml"),
            what="writing the OpenAPI schema",
        )


def node_version() -> tuple[int, int] | None:
    node = shutil.which("node")
    if node is None:
        return None
    found = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout
    match = re.match(r"v(\d+)\.(\d+)", found.strip())
    return (int(match.group(1)), int(match.group(2))) if match else None


def install(web: Path) -> None:
    """node_modules: the shared copy for a new project of the template's tests, else
    npm's (which changes nothing when the lock and node_modules agree)."""
    shared = os.environ.get(SHARED_NODE_MODULES)
    if shared and not (web / "node_modules").exists():
        linked = subprocess.run(["cp", "-al", shared, str(web / "node_modules")], check=False)
        if linked.returncode == 0:
            return
        shutil.rmtree(web / "node_modules", ignore_errors=True)
    npm(web, *INSTALL, what="npm install")


def npm(web: Path, *args: str, what: str) -> str:
    # Playwright's browsers are not downloaded: the e2e suite runs the system's Chromium.
    env = {**os.environ, "NEXT_TELEMETRY_DISABLED": "1", "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD": "1"}
    done = subprocess.run(["npm", *args], cwd=web, capture_output=True, text=True, check=False, env=env)
    if done.returncode:
        output = "\n".join(part.strip() for part in (done.stdout, done.stderr) if part.strip())
        raise StepFailed(f"{what} failed in frontend/:\n{output[-6000:]}")
    return done.stdout


def finish_web(project: Path, report) -> None:
    """The web app's types and checks; nothing when the project has no web app."""
    web = project / "frontend"
    if not web.is_dir():
        return
    version = node_version()
    if version is None or version < MINIMUM_NODE or shutil.which("npm") is None:
        found = "not found" if version is None else "v{}.{}".format(*version)
        report.web = f"skipped: Node.js {found}; the web app needs 20.19 or newer"
        report.notes.append(
            "Install Node.js 20.19 or newer, then run in frontend/: npm install && npm run api && npm run check"
        )
        return
    install(web)
    npm(web, "run", "api", what="making the API's types (npm run api)")
    npm(web, "exec", "--", "prettier", "--write", "--log-level=warn", ".", what="prettier --write")
    out = ""
    for script in CHECKS:
        out = npm(web, "run", script, what=f"npm run {script}")
    plain = [" ".join(re.sub(r"\x1b\[[0-9;]*m", "", line).split()) for line in out.splitlines()]
    passed = [line for line in plain if line.startswith("Tests ")]
    report.web = "formatted, typecheck and lint clean; " + (passed[-1] if passed else "tests passed")
