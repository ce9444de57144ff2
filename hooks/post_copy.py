"""After `copier copy`: migrations, formatting, checks and tests in the new project."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from steps import finish  # noqa: E402

if __name__ == "__main__":
    sys.exit(finish(Path.cwd(), creating=True))
