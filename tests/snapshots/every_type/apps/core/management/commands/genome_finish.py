"""Finish what the hook of `copier copy` or `copier update` left undone.

The hook stops on an update's conflicts and on any failed step. Once the cause is
fixed, this runs what the hook had left: the migrations (with the renames the hook
saved in .genome-renames.json), formatting, Django's checks and the tests.
"""

import subprocess
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from apps.core.conflicts import unmerged_files


class Command(BaseCommand):
    help = "Finish a genome copy or update: migrations, format, checks, tests."

    def handle(self, *args, **options) -> None:
        root = settings.BASE_DIR
        unmerged = unmerged_files(root)
        if unmerged:
            raise CommandError(
                "Resolve these first (edit out the conflict markers, delete the .rej "
                "files once applied by hand): " + ", ".join(unmerged)
            )
        renames = root / ".genome-renames.json"
        call_command(
            "genome_migrations", renames=str(renames) if renames.exists() else None
        )
        renames.unlink(missing_ok=True)
        for command in (["ruff", "check", "--fix", "."], ["ruff", "format", "."]):
            ran = subprocess.run(
                [sys.executable, "-m", *command], cwd=root, check=False
            )
            if ran.returncode:
                raise CommandError(f"{' '.join(command)} failed; see above.")
        call_command("check", fail_level="WARNING")
        tests = subprocess.run(
            [sys.executable, "-m", "pytest", "-n", "auto", "-q"], cwd=root, check=False
        )
        if tests.returncode:
            raise CommandError("The tests failed; see above.")
        self.stdout.write(self.style.SUCCESS("The update is finished."))
