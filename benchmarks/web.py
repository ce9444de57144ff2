"""How long the web app takes to build and how much JavaScript a page loads: a
benchmark, not a test.

    .venv/bin/python benchmarks/web.py              # the example genome and 20 entities, 3 builds each
    .venv/bin/python benchmarks/web.py --builds 1   # one build each
    .venv/bin/python benchmarks/web.py --json out.json

For the example genome (examples/project_management.yml) and a synthetic genome of 20
entities (benchmarks/generate.py's), both with ``features.frontend`` on, it

1. copies the project with its hooks (the web app's packages from ``make web-deps``,
   GENOME_NODE_MODULES), which also proves the app type-checks, lints and passes its
   tests;
2. times ``next build`` (``npm run build``), from a clean ``.next`` each time;
3. measures each entity list page's and create page's first-load JavaScript: the
   gzip -9 sizes of the scripts its prerendered HTML loads (the ``noModule``
   polyfill, which modern browsers skip, left out). Target: 200 kB for a list page.

The script always exits 0 and prints PASS or MISS next to each target.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import yaml
from generate import (
    COPIER,
    PYTHON,
    ROOT,
    check_genome,
    child_env,
    drop_database,
    machine,
    synthetic_genome,
    template_src,
)

WEB_NODE_MODULES = ROOT / ".cache" / "web" / "node_modules"
LIST_PAGE_TARGET_BYTES = 200_000
SCRIPT = re.compile(r'<script src="(/_next/static/[^"]+\.js)"(?![^>]*noModule)[^>]*>')


def genomes() -> dict[str, dict[str, Any]]:
    example = yaml.safe_load((ROOT / "examples" / "project_management.yml").read_text())
    synthetic = synthetic_genome(20)
    for genome in (example, synthetic):
        genome.setdefault("features", {})["frontend"] = True
        check_genome(genome)
    return {"example": example, "20 entities": synthetic}


def copy_project(src: Path, workdir: Path, name: str, genome: dict[str, Any]) -> Path:
    data = workdir / f"{name}.yml"
    data.write_text(yaml.safe_dump(genome, sort_keys=False))
    dst = workdir / re.sub(r"\W+", "-", name)
    database = f"genome_bench_{uuid.uuid4().hex[:12]}"
    env = child_env(
        bytecode=True,
        GENOME_PYTHON=str(PYTHON),
        GENOME_STRICT="1",
        GENOME_NODE_MODULES=str(WEB_NODE_MODULES),
        DATABASE_URL=f"postgres://postgres@127.0.0.1:5432/{database}",
    )
    command = [str(COPIER), "copy", "--trust", "--defaults", "--data-file", str(data), str(src), str(dst)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    drop_database(database)
    if done.returncode != 0:
        raise SystemExit(f"copy of {name} failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}")
    return dst


def time_builds(web: Path, builds: int) -> list[float]:
    times = []
    env = {**os.environ, "NEXT_TELEMETRY_DISABLED": "1"}
    for _ in range(builds):
        shutil.rmtree(web / ".next", ignore_errors=True)
        started = time.perf_counter()
        done = subprocess.run(
            ["npm", "run", "build"], cwd=web, capture_output=True, text=True, env=env, check=False
        )
        times.append(time.perf_counter() - started)
        if done.returncode != 0:
            raise SystemExit(f"next build failed in {web}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return times


def first_load(web: Path, route: str) -> int:
    """The gzip -9 bytes of the scripts the prerendered page at ``route`` loads."""
    html = (web / ".next" / "server" / "app" / f"{route.strip('/')}.html").read_text()
    chunks = dict.fromkeys(SCRIPT.findall(html))
    static = web / ".next" / "static"
    return sum(
        len(gzip.compress((static / chunk.removeprefix("/_next/static/")).read_bytes(), 9))
        for chunk in chunks
    )


def entity_paths(project: Path) -> list[tuple[str, bool]]:
    """Each entity's page path, and whether it has a create page."""
    found = []
    for module in sorted((project / "frontend/src/generated/entities").glob("*.ts")):
        if module.name == "index.ts":
            continue
        text = module.read_text()
        path = text.split('  path: "', 1)[1].split('"', 1)[0]
        found.append((path, "  writable: true," in text))
    return found


def measure(src: Path, workdir: Path, name: str, genome: dict[str, Any], builds: int) -> dict[str, Any]:
    project = copy_project(src, workdir, name, genome)
    web = project / "frontend"
    times = time_builds(web, builds)
    lists, creates = {}, {}
    for path, writable in entity_paths(project):
        lists[path] = first_load(web, path)
        if writable:
            creates[path] = first_load(web, f"{path}/new")
    return {
        "genome": name,
        "entities": len(lists),
        "build_median": statistics.median(times),
        "build_all": times,
        "list_page_max": max(lists.values()),
        "create_page_max": max(creates.values()) if creates else None,
        "list_pages": lists,
        "create_pages": creates,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--builds", type=int, default=3, help="next build runs per genome (median)")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON to PATH")
    args = parser.parse_args(argv)
    if not WEB_NODE_MODULES.is_dir():
        print("The web app's packages are missing: run make setup (make web-deps).")
        return 0
    info = machine()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True, check=False).stdout.strip()
    print("django-genome web app benchmark")
    print(f"machine: nproc={info['nproc']}  node={node}  ({info['platform']})")
    print(f"template: working tree at {info['template']}")
    print(f"load average at start: {info['load_average']}")
    print()
    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": {**info, "node": node},
        "genomes": [],
    }
    with tempfile.TemporaryDirectory(prefix="genome-web-bench-") as tmp:
        workdir = Path(tmp)
        src = template_src(workdir)
        print(
            f"{'genome':>12}  {'entities':>8}  {'next build median':>17}  {'list page max':>13}  {'create page max':>15}"
        )
        for name, genome in genomes().items():
            row = measure(src, workdir, name, genome, args.builds)
            results["genomes"].append(row)
            create = f"{row['create_page_max'] / 1000:.1f} kB" if row["create_page_max"] else "-"
            print(
                f"{name:>12}  {row['entities']:>8}  {row['build_median']:>15.1f} s  "
                f"{row['list_page_max'] / 1000:>10.1f} kB  {create:>15}",
                flush=True,
            )
    print()
    worst = max(row["list_page_max"] for row in results["genomes"])
    ok = worst <= LIST_PAGE_TARGET_BYTES
    print(
        f"target: an entity list page's first-load JavaScript <= {LIST_PAGE_TARGET_BYTES / 1000:g} kB gzipped: "
        f"{worst / 1000:.1f} kB  {'PASS' if ok else 'MISS'}"
    )
    results["load_average_at_end"] = list(os.getloadavg())
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
