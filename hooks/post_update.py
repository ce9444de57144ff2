"""After `copier update` has merged: stop on conflicts, else migrate, format, check, test."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from steps import finish  # noqa: E402

if __name__ == "__main__":
    sys.exit(finish(Path.cwd(), creating=False))
