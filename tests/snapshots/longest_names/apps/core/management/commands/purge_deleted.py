"""manage.py purge_deleted: delete for good what was soft-deleted long enough ago."""

from django.conf import settings
from django.core.management.base import BaseCommand

from apps.core.soft_delete import purge


class Command(BaseCommand):
    help = (
        "Delete for good the rows soft-deleted more than SOFT_DELETE_RETENTION_DAYS "
        "days ago, and print how many per model."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Count the rows that would be purged; delete nothing.",
        )

    def handle(self, *args, dry_run: bool, **options) -> None:
        verb = "would purge" if dry_run else "purged"
        days = settings.SOFT_DELETE_RETENTION_DAYS
        self.stdout.write(f"Rows soft-deleted more than {days} days ago:")
        for label, count in purge(dry_run=dry_run).items():
            self.stdout.write(f"  {label}: {verb} {count}")
