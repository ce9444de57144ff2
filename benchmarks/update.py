"""How long `copier update` takes after a one-field change: a benchmark, not a test.

For projects of 5, 20 and 100 synthetic entities (the genomes of generate.py), it
copies the project from a tagged git copy of the working tree (tasks skipped),
commits it, adds one optional field to one entity, commits, and times
`copier update --trust --defaults --skip-tasks --data-file genome.yml`: copier's
three renders and its merge, the part that grows with the project. For 20 entities
it also times the whole update with the post-update hook (the new migration,
formatting, checks and the generated tests against PostgreSQL).

Target on 2 cores: the update of a 20-entity project in 3 s or less.

    .venv/bin/python benchmarks/update.py [--quick] [--json PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import (  # noqa: E402
    DATABASE_SERVER,
    check_genome,
    drop_database,
    machine,
    synthetic_genome,
    template_src,
)

COPIER = str(Path(sys.executable).parent / "copier")
TARGET_SECONDS = 3.0


def git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def tagged_template(workdir: Path) -> Path:
    src = template_src(workdir)
    git("init", "-q", cwd=src)
    git("add", "-A", cwd=src)
    git("commit", "-qm", "template", cwd=src)
    git("tag", "v1.0.0", cwd=src)
    return src


def copier(*args: str, cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run([COPIER, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"copier {args[0]} failed:\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return seconds


def one_update(src: Path, workdir: Path, count: int, *, hooks: bool) -> float:
    genome = synthetic_genome(count)
    check_genome(genome)
    data = workdir / f"genome-{count}.yml"
    data.write_text(yaml.safe_dump(genome, sort_keys=False))
    project = workdir / f"project-{count}-{uuid.uuid4().hex[:6]}"
    database = f"genome_bench_{uuid.uuid4().hex[:8]}"
    env = {
        **os.environ,
        "GENOME_PYTHON": sys.executable,
        "GENOME_STRICT": "1",
        "DATABASE_URL": f"{DATABASE_SERVER}/{database}",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    skip = [] if hooks else ["--skip-tasks"]
    try:
        copier(
            "copy",
            "--trust",
            "--defaults",
            *skip,
            "--data-file",
            str(data),
            str(src),
            str(project),
            cwd=workdir,
            env=env,
        )
        git("init", "-q", cwd=project)
        git("add", "-A", cwd=project)
        git("commit", "-qm", "generated", cwd=project)
        changed = yaml.safe_load((project / "genome.yml").read_text())
        changed["entities"][0]["fields"].append({"name": "archived", "type": "boolean"})
        (project / "genome.yml").write_text(yaml.safe_dump(changed, sort_keys=False))
        git("commit", "-qam", "genome: one more field", cwd=project)
        return copier(
            "update", "--trust", "--defaults", *skip, "--data-file", "genome.yml", cwd=project, env=env
        )
    finally:
        drop_database(database)
        drop_database(f"test_{database}")
        shutil.rmtree(project, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="5 and 20 entities, 1 repeat, no hooks")
    parser.add_argument("--json", help="also write the figures as JSON to this path")
    options = parser.parse_args(argv)
    sizes = [5, 20] if options.quick else [5, 20, 100]
    repeats = 1 if options.quick else 3

    facts = machine()
    print("django-genome update benchmark")
    print(f"machine: nproc={facts['nproc']}  python={facts['python']}  copier={facts['copier']}")
    print("update: `copier update --trust --defaults --skip-tasks --data-file genome.yml` after")
    print(f"        adding one optional field, {repeats} run(s) per size, a fresh project each run")
    figures: dict[str, object] = {"machine": facts, "merge": {}}
    with tempfile.TemporaryDirectory(prefix="genome-update-bench-") as tmp:
        workdir = Path(tmp)
        src = tagged_template(workdir)
        print(f"\n{'entities':>8}  {'update median':>13}  {'update min':>10}")
        for count in sizes:
            runs = [one_update(src, workdir, count, hooks=False) for _ in range(repeats)]
            figures["merge"][count] = {"median": statistics.median(runs), "min": min(runs), "all": runs}
            print(f"{count:>8}  {statistics.median(runs):>11.2f} s  {min(runs):>8.2f} s")
        if not options.quick:
            seconds = one_update(src, workdir, 20, hooks=True)
            figures["with_hooks_20"] = seconds
            print(
                f"\n20 entities with the post-update hook (migration, ruff, checks, tests): {seconds:.1f} s"
            )
    median_20 = figures["merge"][20]["median"]
    verdict = "PASS" if median_20 <= TARGET_SECONDS else "MISS"
    print(
        f"\ntarget: update of 20 entities <= {TARGET_SECONDS:.0f} s on 2 cores: {median_20:.2f} s  {verdict}"
    )
    if options.json:
        Path(options.json).write_text(json.dumps(figures, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
