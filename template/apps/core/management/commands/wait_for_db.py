"""python manage.py wait_for_db: block until the database accepts connections.

Containers start in any order and PostgreSQL restarts once while it initialises, so
the image's entrypoint runs this before migrating or serving.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, OperationalError, connections


class Command(BaseCommand):
    help = (
        "Wait until the database accepts connections, or fail after --timeout seconds."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--timeout",
            type=float,
            default=60,
            help="Seconds to wait before giving up (default 60).",
        )
        parser.add_argument(
            "--database",
            default=DEFAULT_DB_ALIAS,
            help="The database alias to wait for (default 'default').",
        )

    def handle(self, *args, timeout: float, database: str, **options) -> None:
        connection = connections[database]
        settings = connection.settings_dict
        where = f"{settings['HOST'] or 'localhost'}:{settings['PORT'] or 5432}"
        # Each attempt gives up after a few seconds, even on a host that never answers.
        settings["OPTIONS"].setdefault("connect_timeout", 5)
        deadline = time.monotonic() + timeout
        while True:
            try:
                connection.ensure_connection()
            except OperationalError as error:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    reason = str(error).strip().splitlines()[-1]
                    raise CommandError(
                        f"The database {settings['NAME']!r} at {where} did not accept "
                        f"connections within {timeout:g} s ({reason}). Check DATABASE_URL "
                        "and that PostgreSQL is running and reachable from here."
                    ) from None
                time.sleep(min(1, remaining))
            else:
                break
        self.stdout.write(f"Database {settings['NAME']!r} at {where} is ready.")
