"""Files that a `copier update` left unmerged: ``*.rej`` files and conflict markers.

One check, three callers: the template's post-update hook (before it makes
migrations), ``manage.py genome_finish``, and the pre-commit hook
``copier-leftovers`` (``python -m apps.core.conflicts``). Standard library only, so
that it runs before the project's requirements are installed.
"""

import re
import sys
from pathlib import Path

# Git's and copier's markers: "<<<<<<< before updating", ">>>>>>> after updating".
CONFLICT_MARKER = re.compile(r"^(<{7}|>{7})( |$)", re.MULTILINE)
SKIPPED = {".git", ".venv", "venv", "node_modules", "__pycache__", ".mypy_cache"}
LARGEST = 1_000_000  # bytes; larger files are data, not code an update merges


def unmerged_files(root: Path) -> list[str]:
    """The paths under ``root``, relative to it, that still need a hand merge."""
    found = []
    for path in root.rglob("*"):
        parts = path.relative_to(root).parts
        if SKIPPED & set(parts) or not path.is_file():
            continue
        if path.suffix == ".rej" or has_conflict_markers(path):
            found.append(path.relative_to(root).as_posix())
    return sorted(found)


def has_conflict_markers(path: Path) -> bool:
    if path.stat().st_size > LARGEST:
        return False
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return False
    return CONFLICT_MARKER.search(text) is not None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else Path.cwd()
    unmerged = unmerged_files(root)
    for name in unmerged:
        print(f"{name}: left unmerged by copier update", file=sys.stderr)
    if unmerged:
        print(
            "Resolve each conflict (edit out the <<<<<<< and >>>>>>> markers; apply "
            "each .rej file by hand, then delete it), then run: "
            "python manage.py genome_finish",
            file=sys.stderr,
        )
    return 1 if unmerged else 0


if __name__ == "__main__":
    sys.exit(main())
