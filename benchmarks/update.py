"""How long `copier update` takes after a one-field change: a benchmark, not a test.

For projects of 5, 20 and 100 synthetic entities (the genomes of generate.py), it
copies the project from a tagged git copy of the working tree (tasks skipped),
commits it, adds one optional field to one entity, commits, and times
`copier update --trust --defaults --skip-tasks --data-file genome.yml`: copier's
three renders and its merge, the part that grows with the project. For 20 entities
it also times the whole update with the post-update hook (the new migration,
formatting, checks and the generated tests against PostgreSQL).

Beside each figure it prints copier's floor for the same project: a template with no
logic (no extension, no templated content but one file, no tasks) that renders the
same files in the same layout. Its template directory holds the generated project's
files as they are, except that the entity apps are one app's files under a
`{% yield app from apps %}` directory, so its git clone is as small as ours; it is
updated after a change to its one other answer. That is what copier itself costs to
update that many files, whatever the template does.

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


FLOOR_COPIER_YML = """\
_subdirectory: template
_templates_suffix: .jinja
answer:
  type: str
  default: before
apps:
  type: yaml
  default: '{apps}'
"""
FLOOR_APPS_DIR = "{% yield app from apps %}{{ app }}{% endyield %}"


def static_template(project: Path, workdir: Path) -> Path:
    """A template without logic whose output is `project`'s files, tagged in git."""
    src = workdir / f"static-template-{uuid.uuid4().hex[:6]}"
    apps = sorted(path.parent.name for path in (project / "apps").glob("*/generated"))

    def ignored(directory: str, names: list[str]) -> set[str]:
        skipped = {".git", ".copier-answers.yml"}
        if Path(directory) == project / "apps":
            skipped.update(apps)
        return skipped.intersection(names)

    shutil.copytree(project, src / "template", ignore=ignored)
    shutil.copytree(project / "apps" / apps[0], src / "template" / "apps" / FLOOR_APPS_DIR)
    (src / "copier.yml").write_text(FLOOR_COPIER_YML.replace("{apps}", json.dumps(apps)))
    (src / "template" / "{{ _copier_conf.answers_file }}.jinja").write_text(
        "{{ _copier_answers|to_nice_yaml -}}\n"
    )
    (src / "template" / "answer.txt.jinja").write_text("{{ answer }}\n")
    git("init", "-q", cwd=src)
    git("add", "-A", cwd=src)
    git("commit", "-qm", "static template", cwd=src)
    git("tag", "v1.0.0", cwd=src)
    return src


def floor_update(src: Path, workdir: Path, env: dict[str, str], files: int) -> float:
    """Copier's own time to update a project of the static template after one answer."""
    project = workdir / f"static-project-{uuid.uuid4().hex[:6]}"
    try:
        copier("copy", "--trust", "--defaults", str(src), str(project), cwd=workdir, env=env)
        # The static template adds one file, answer.txt.
        if count_files(project) != files + 1:
            raise SystemExit(f"the static template made {count_files(project)} files, not {files + 1}")
        git("init", "-q", cwd=project)
        git("add", "-A", cwd=project)
        git("commit", "-qm", "generated", cwd=project)
        return copier("update", "--trust", "--defaults", "--data", "answer=after", cwd=project, env=env)
    finally:
        shutil.rmtree(project, ignore_errors=True)


def count_files(project: Path) -> int:
    return sum(
        1 for path in project.rglob("*") if path.is_file() and ".git" not in path.relative_to(project).parts
    )


def one_update(src: Path, workdir: Path, count: int, *, hooks: bool, floor: bool = False) -> dict[str, float]:
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
        figures = {"files": count_files(project)}
        if floor:
            static = static_template(project, workdir)
            figures["floor"] = floor_update(static, workdir, env, figures["files"])
            shutil.rmtree(static, ignore_errors=True)
        changed = yaml.safe_load((project / "genome.yml").read_text())
        changed["entities"][0]["fields"].append({"name": "archived", "type": "boolean"})
        (project / "genome.yml").write_text(yaml.safe_dump(changed, sort_keys=False))
        git("commit", "-qam", "genome: one more field", cwd=project)
        figures["update"] = copier(
            "update", "--trust", "--defaults", *skip, "--data-file", "genome.yml", cwd=project, env=env
        )
        return figures
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
        print(
            f"\n{'entities':>8}  {'files':>5}  {'update median':>13}  {'update min':>10}"
            f"  {'floor median':>12}  {'floor min':>9}"
        )
        for count in sizes:
            runs = [one_update(src, workdir, count, hooks=False, floor=True) for _ in range(repeats)]
            updates = [run["update"] for run in runs]
            floors = [run["floor"] for run in runs]
            figures["merge"][count] = {
                "files": runs[0]["files"],
                "median": statistics.median(updates),
                "min": min(updates),
                "all": updates,
                "floor_median": statistics.median(floors),
                "floor_min": min(floors),
                "floor_all": floors,
            }
            print(
                f"{count:>8}  {runs[0]['files']:>5}  {statistics.median(updates):>11.2f} s  {min(updates):>8.2f} s"
                f"  {statistics.median(floors):>10.2f} s  {min(floors):>7.2f} s"
            )
        if not options.quick:
            seconds = one_update(src, workdir, 20, hooks=True)["update"]
            figures["with_hooks_20"] = seconds
            print(
                f"\n20 entities with the post-update hook (migration, ruff, checks, tests): {seconds:.1f} s"
            )
    median_20 = figures["merge"][20]["median"]
    floor_20 = figures["merge"][20]["floor_median"]
    verdict = "PASS" if median_20 <= TARGET_SECONDS else "MISS"
    print(
        f"\ntarget: update of 20 entities <= {TARGET_SECONDS:.0f} s on 2 cores: {median_20:.2f} s  {verdict}"
        f"\ncopier alone, for the same {figures['merge'][20]['files']} files: {floor_20:.2f} s"
        f" (the template adds {median_20 - floor_20:+.2f} s)"
    )
    if options.json:
        Path(options.json).write_text(json.dumps(figures, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
