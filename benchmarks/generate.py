"""How long django-genome takes to generate a project: a benchmark, not a test.

    .venv/bin/python benchmarks/generate.py                # full run (a few minutes)
    .venv/bin/python benchmarks/generate.py --quick        # 5 and 20 entities, 1 repeat, no end-to-end
    .venv/bin/python benchmarks/generate.py --json out.json
    .venv/bin/python benchmarks/generate.py --profile      # cProfile of one in-process 100-entity copy
    .venv/bin/python benchmarks/generate.py --end-to-end 3 # only the end to end, 3 runs, median

It measures

1. copy time: ``copier.run_copy(..., skip_tasks=True)`` for synthetic genomes of 5, 20
   and 100 entities, each repeat in a fresh ``python -c`` subprocess (the extension
   memoises the built genome per process, and a user runs copier once per process).
   Both the time spent inside ``run_copy`` and the wall time of the whole process
   (interpreter start and imports included) are reported;
2. end to end: the copier CLI with the hooks (migrations, ruff, checks, the generated
   test suite) for 20 entities, against a throwaway PostgreSQL database.

The template is rendered from a copy of the working tree's template parts in a
temporary directory without .git, so copier does not clone and uncommitted changes
are measured. The figures are compared with the targets below; the script always
exits 0.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.metadata
import io
import json
import os
import platform
import pstats
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

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_PARTS = ("copier.yml", "template", "extensions", "hooks")
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = VENV_BIN / "python" if (VENV_BIN / "python").exists() else Path(sys.executable)
COPIER = VENV_BIN / "copier"
DATABASE_SERVER = os.environ.get("GENOME_BENCH_DATABASE_SERVER", "postgres://postgres@127.0.0.1:5432")

COPY_TARGET_ENTITIES = 100
COPY_TARGET_SECONDS = 4.0
E2E_ENTITIES = 20
E2E_TARGET_SECONDS = 30.0

# 20 nouns x 5 prefixes: 100 distinct, realistic entity names.
NOUNS = (
    "Account",
    "Asset",
    "Batch",
    "Campaign",
    "Contract",
    "Delivery",
    "Estimate",
    "Invoice",
    "Lead",
    "Ledger",
    "Purchase",
    "Payment",
    "Quote",
    "Receipt",
    "Shipment",
    "Supplier",
    "Ticket",
    "Vendor",
    "Voucher",
    "Warranty",
)
PREFIXES = ("", "Field", "Regional", "Partner", "Archive")

# Runs in a fresh interpreter: one run_copy, timed from inside, as JSON on stdout.
CHILD = """
import json, sys, time
from pathlib import Path
t0 = time.perf_counter()
from copier import run_copy
t1 = time.perf_counter()
src, dst, genome_file = sys.argv[1:4]
genome = json.loads(Path(genome_file).read_text())
t2 = time.perf_counter()
run_copy(src, dst, data=genome, defaults=True, unsafe=True, skip_tasks=True, quiet=True)
t3 = time.perf_counter()
files = sum(1 for p in Path(dst).rglob("*") if p.is_file())
print(json.dumps({"import": t1 - t0, "run_copy": t3 - t2, "files": files}))
"""


# --------------------------------------------------------------------- genomes
def entity_names(count: int) -> list[str]:
    names = [prefix + noun for prefix in PREFIXES for noun in NOUNS]
    if count > len(names):
        names += [f"Item{i}" for i in range(count - len(names))]
    return names[:count]


def synthetic_genome(count: int) -> dict[str, Any]:
    """A valid genome of ``count`` entities shaped like a real product's.

    Every entity has seven fields of varied types (bounded string, text, bounded
    integer, decimal, boolean, date, choice) with filterable, searchable and
    orderable ones; an optional relation to User; every other entity a required
    many_to_one to the previous entity; every third a many_to_many to an earlier one.
    """
    names = entity_names(count)
    snakes = [re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower() for name in names]
    entities = []
    for i, name in enumerate(names):
        fields = [
            {
                "name": "title",
                "type": "string",
                "max_length": 120,
                "required": True,
                "search": True,
                "order": True,
            },
            {"name": "notes", "type": "text", "max_length": 4000, "search": True},
            {
                "name": "quantity",
                "type": "integer",
                "min": 0,
                "max": 10000,
                "default": 1,
                "filter": True,
                "order": True,
            },
            {
                "name": "amount",
                "type": "decimal",
                "max_digits": 10,
                "decimal_places": 2,
                "min": 0,
                "filter": ["gte", "lte"],
            },
            {"name": "is_active", "type": "boolean", "default": True, "filter": True},
            {"name": "due_on", "type": "date", "filter": True, "order": True},
            {
                "name": "status",
                "type": "choice",
                "choices": [
                    {"value": "draft", "label": "Draft"},
                    {"value": "open", "label": "Open"},
                    {"value": "closed", "label": "Closed"},
                ],
                "default": "draft",
                "filter": True,
                "order": True,
            },
        ]
        relations: list[dict[str, Any]] = [{"name": "owner", "to": "User", "filter": True}]
        if i > 0 and i % 2 == 1:
            relations.append({"name": snakes[i - 1], "to": names[i - 1], "required": True, "filter": True})
        if i >= 2 and i % 3 == 2:
            relations.append({"name": f"linked_{snakes[i - 2]}", "to": names[i - 2], "kind": "many_to_many"})
        entities.append(
            {
                "name": name,
                "description": f"A {name} of the synthetic benchmark product.",
                "ordering": ["-due_on", "title"],
                "fields": fields,
                "relations": relations,
            }
        )
    return {
        "project_name": f"Bench {count}",
        "description": f"A synthetic product of {count} entities for the generation benchmark.",
        "features": {"api_docs": True, "admin": True},
        "roles": ["owner", "admin", "member", "viewer"],
        "entities": entities,
        "stories": [
            {
                "id": "US-1",
                "as": "member",
                "want": f"to create {names[0]} records",
                "acceptance": [f"member can create {names[0]}", f"viewer cannot delete {names[0]}"],
            }
        ],
    }


def check_genome(genome: dict[str, Any]) -> None:
    """Fail loudly if a synthetic genome is not valid (the benchmark would be meaningless)."""
    sys.path.insert(0, str(ROOT / "extensions"))
    try:
        from genome import build

        build(genome)
    finally:
        sys.path.remove(str(ROOT / "extensions"))


# ---------------------------------------------------------------- measurements
def template_src(workdir: Path) -> Path:
    """The working tree's template parts, outside git (as tests/conftest.py does)."""
    src = workdir / "template-src"
    src.mkdir()
    for part in TEMPLATE_PARTS:
        path = ROOT / part
        if path.is_dir():
            shutil.copytree(path, src / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, src / part)
    return src


def child_env(*, bytecode: bool = False, **extra: str) -> dict[str, str]:
    """This process's environment plus ``extra``.

    Without ``bytecode``, Python writes no ``__pycache__``, so each copy starts as
    a fresh clone would. The end to end passes ``bytecode=True`` whatever this
    shell says: a user's shell writes bytecode, and the generated suite's test
    workers then load the project's modules compiled once, not once per worker.
    """
    env = dict(os.environ)
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.update(extra)
    return env


def time_copy(src: Path, workdir: Path, count: int, repeats: int) -> dict[str, Any]:
    genome = synthetic_genome(count)
    check_genome(genome)
    genome_file = workdir / f"genome-{count}.json"
    genome_file.write_text(json.dumps(genome))
    runs = []
    for attempt in range(repeats):
        dst = workdir / f"copy-{count}-{attempt}"
        started = time.perf_counter()
        done = subprocess.run(
            [str(PYTHON), "-c", CHILD, str(src), str(dst), str(genome_file)],
            capture_output=True,
            text=True,
            env=child_env(),
            check=False,
        )
        wall = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(
                f"copy of {count} entities failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
            )
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["process"] = wall
        runs.append(result)
        shutil.rmtree(dst)
    run_copy_times = [r["run_copy"] for r in runs]
    process_times = [r["process"] for r in runs]
    return {
        "entities": count,
        "repeats": repeats,
        "files": runs[0]["files"],
        "run_copy_median": statistics.median(run_copy_times),
        "run_copy_min": min(run_copy_times),
        "process_median": statistics.median(process_times),
        "process_min": min(process_times),
        "run_copy_all": run_copy_times,
        "process_all": process_times,
    }


def drop_database(name: str) -> str:
    command = ["psql", f"{DATABASE_SERVER}/postgres", "-q", "-c", f'DROP DATABASE IF EXISTS "{name}"']
    if shutil.which("psql"):
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        return "dropped" if done.returncode == 0 else f"drop failed: {done.stderr.strip()}"
    return "not dropped: psql not found"


def time_end_to_end(src: Path, workdir: Path, count: int) -> dict[str, Any]:
    genome = synthetic_genome(count)
    check_genome(genome)
    genome_file = workdir / f"genome-e2e-{count}.yml"
    genome_file.write_text(yaml.safe_dump(genome, sort_keys=False))
    dst = workdir / f"e2e-{count}"
    database = f"genome_bench_{uuid.uuid4().hex[:12]}"
    command = [
        str(COPIER),
        "copy",
        "--trust",
        "--defaults",
        "--data-file",
        str(genome_file),
        str(src),
        str(dst),
    ]
    env = child_env(
        bytecode=True,
        GENOME_PYTHON=str(PYTHON),
        GENOME_STRICT="1",
        DATABASE_URL=f"{DATABASE_SERVER}/{database}",
    )
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    finally:
        total = time.perf_counter() - started
        dropped = drop_database(database)
    summary = summary_block(done.stderr)
    tests = re.search(r"^\s*tests:\s*(.*)$", summary, re.MULTILINE)
    hook_time = re.search(r"^\s*time:\s*([\d.]+) s$", summary, re.MULTILINE)
    files = sum(1 for p in dst.rglob("*") if p.is_file()) if dst.exists() else 0
    if dst.exists():
        shutil.rmtree(dst)
    return {
        "entities": count,
        "command": " ".join(command),
        "exit_code": done.returncode,
        "total": total,
        "hook_seconds": float(hook_time.group(1)) if hook_time else None,
        "tests": tests.group(1).strip() if tests else None,
        "summary": summary,
        "files": files,
        "database": database,
        "database_cleanup": dropped,
        "failed_tests": re.findall(r"^FAILED (\S+)", done.stderr + done.stdout, re.MULTILINE),
        "stderr_tail": "" if summary else done.stderr[-3000:],
    }


def end_to_end_only(runs: int) -> None:
    """The end to end alone, ``runs`` times: each run, then the median and the minimum."""
    info = machine()
    print(f"end to end, {E2E_ENTITIES} entities: nproc={info['nproc']}  copier={info['copier']}")
    print(f"template: working tree at {info['template']}; load average at start: {info['load_average']}")
    totals = []
    with tempfile.TemporaryDirectory(prefix="genome-bench-") as tmp:
        workdir = Path(tmp)
        src = template_src(workdir)
        for _ in range(runs):
            run = time_end_to_end(src, workdir, E2E_ENTITIES)
            totals.append(run["total"])
            print(
                f"  exit {run['exit_code']}  total {run['total']:.1f} s  hook {run['hook_seconds']} s"
                f"  tests: {run['tests']}  load average: {os.getloadavg()}",
                flush=True,
            )
    median = statistics.median(totals)
    print(f"median {median:.1f} s, min {min(totals):.1f} s: target <= {E2E_TARGET_SECONDS:g} s: ", end="")
    print(verdict(median <= E2E_TARGET_SECONDS))


def summary_block(stderr: str) -> str:
    lines = stderr.splitlines()
    for i, line in enumerate(lines):
        if "django-genome summary" in line:
            block = [line]
            for following in lines[i + 1 :]:
                if not following.startswith("  "):
                    break
                block.append(following)
            return "\n".join(block)
    return ""


def nproc() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 0


def machine() -> dict[str, Any]:
    version = subprocess.run(
        [str(PYTHON), "-c", "import platform; print(platform.python_version())"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return {
        "nproc": nproc(),
        "python": version or platform.python_version(),
        "copier": importlib.metadata.version("copier"),
        "platform": platform.platform(),
        "load_average": load_average(),
        "template": template_revision(),
    }


def template_revision() -> str:
    """The commit the working tree is on, and whether its template parts differ from it."""
    head = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if head.returncode != 0:
        return "unknown (not a git checkout)"
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", *TEMPLATE_PARTS],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    return head.stdout.strip() + (" + uncommitted template changes" if dirty else "")


def load_average() -> list[float]:
    """1, 5 and 15 minute load averages: other work on the machine skews every figure."""
    try:
        return [round(value, 2) for value in os.getloadavg()]
    except OSError:
        return []


def profile_copy(count: int, top: int, dump: str | None) -> None:
    """cProfile one in-process run_copy of ``count`` entities; print the top functions."""
    from copier import run_copy

    sys.dont_write_bytecode = True
    genome = synthetic_genome(count)
    check_genome(genome)
    with tempfile.TemporaryDirectory(prefix="genome-profile-") as tmp:
        src = template_src(Path(tmp))
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        run_copy(
            str(src), Path(tmp) / "out", data=genome, defaults=True, unsafe=True, skip_tasks=True, quiet=True
        )
        profiler.disable()
        elapsed = time.perf_counter() - started
    print(f"profile: run_copy of {count} entities in-process, {elapsed:.2f} s under cProfile")
    if dump:
        profiler.dump_stats(dump)
        print(f"stats written to {dump} (open with: python -m pstats {dump})")
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(top)
        print(out.getvalue())


# ----------------------------------------------------------------------- report
def verdict(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="5 and 20 entities, 1 repeat, no end-to-end")
    parser.add_argument("--json", metavar="PATH", help="also write the figures as JSON to PATH")
    parser.add_argument(
        "--profile",
        nargs="?",
        const="",
        metavar="STATS",
        help=f"only profile one in-process run_copy of {COPY_TARGET_ENTITIES} entities (optionally dump pstats to STATS)",
    )
    parser.add_argument("--profile-entities", type=int, default=COPY_TARGET_ENTITIES, help=argparse.SUPPRESS)
    parser.add_argument(
        "--end-to-end",
        type=int,
        metavar="RUNS",
        help=f"only the end to end of {E2E_ENTITIES} entities, RUNS times",
    )
    args = parser.parse_args(argv)
    if args.profile is not None:
        profile_copy(args.profile_entities, top=30, dump=args.profile or None)
        return 0
    if args.end_to_end:
        end_to_end_only(args.end_to_end)
        return 0

    sizes = (5, 20) if args.quick else (5, 20, 100)
    repeats = 1 if args.quick else 3
    info = machine()
    print("django-genome generation benchmark")
    print(
        f"machine: nproc={info['nproc']}  python={info['python']}  copier={info['copier']}  ({info['platform']})"
    )
    print(
        "copy: copier.run_copy(src, dst, data=genome, defaults=True, unsafe=True, skip_tasks=True, quiet=True),"
        " one fresh `python -c` subprocess per run"
    )
    print(f"      {repeats} run(s) per size; 'run_copy' = inside run_copy, 'process' = whole subprocess")
    print(f"template: working tree at {info['template']}")
    print(
        f"load average at start: {info['load_average']} (anything near nproc means the figures are inflated)"
    )
    print()

    results: dict[str, Any] = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": info,
        "quick": args.quick,
        "copy": [],
    }
    targets: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="genome-bench-") as tmp:
        workdir = Path(tmp)
        src = template_src(workdir)
        header = f"{'entities':>8}  {'files':>6}  {'run_copy median':>15}  {'run_copy min':>12}  {'process median':>14}  {'process min':>11}"
        print(header)
        for count in sizes:
            row = time_copy(src, workdir, count, repeats)
            results["copy"].append(row)
            print(
                f"{row['entities']:>8}  {row['files']:>6}  {row['run_copy_median']:>13.2f} s  {row['run_copy_min']:>10.2f} s"
                f"  {row['process_median']:>12.2f} s  {row['process_min']:>9.2f} s",
                flush=True,
            )
            if count == COPY_TARGET_ENTITIES:
                targets.append(
                    {
                        "name": f"{COPY_TARGET_ENTITIES} entities copied",
                        "target": f"<= {COPY_TARGET_SECONDS:g} s",
                        "measured": row["run_copy_median"],
                        "measured_as": "run_copy median",
                        "verdict": verdict(row["run_copy_median"] <= COPY_TARGET_SECONDS),
                    }
                )

        if not args.quick:
            print()
            print(
                f"end to end: {E2E_ENTITIES} entities, copier CLI with the hooks (migrations, ruff, check, tests)"
            )
            e2e = time_end_to_end(src, workdir, E2E_ENTITIES)
            results["end_to_end"] = e2e
            print(
                f"  command:   GENOME_PYTHON={PYTHON} GENOME_STRICT=1 DATABASE_URL=.../{e2e['database']} {e2e['command']}"
            )
            print(f"  exit code: {e2e['exit_code']}")
            print(f"  total:     {e2e['total']:.1f} s (hook's own time: {e2e['hook_seconds']} s)")
            print(f"  tests:     {e2e['tests']}")
            for failed in e2e["failed_tests"]:
                print(f"  failed:    {failed}")
            print(f"  database:  {e2e['database']} {e2e['database_cleanup']}")
            if e2e["summary"]:
                print("  hook summary:")
                print("\n".join("    " + line for line in e2e["summary"].splitlines()))
            else:
                print("  no summary block; stderr tail:\n" + e2e["stderr_tail"])
            passed = e2e["exit_code"] == 0 and e2e["total"] <= E2E_TARGET_SECONDS
            targets.append(
                {
                    "name": f"{E2E_ENTITIES} entities to a tested project",
                    "target": f"<= {E2E_TARGET_SECONDS:g} s",
                    "measured": e2e["total"],
                    "measured_as": "copier CLI wall time, hooks included",
                    "verdict": verdict(passed),
                }
            )

    results["targets"] = targets
    results["load_average_at_end"] = load_average()
    print(f"\nload average at end: {results['load_average_at_end']}")
    print()
    print(f"targets (set for 2 cores; this machine has {info['nproc']}):")
    if not targets:
        print("  none measured (--quick)")
    for target in targets:
        print(
            f"  {target['verdict']}  {target['name']} {target['target']}: "
            f"{target['measured']:.2f} s ({target['measured_as']})"
        )
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
