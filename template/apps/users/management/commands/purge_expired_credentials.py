"""python manage.py purge_expired_credentials: delete expired refresh tokens and invitations.

Run it daily, from cron or a scheduled job; without it the token tables only grow.
With background tasks on, the scheduler runs the same purge daily.
"""

from django.core.management.base import BaseCommand

from apps.users import services


class Command(BaseCommand):
    help = (
        "Delete refresh tokens past their expiry (with their blacklist entries) and "
        "invitations that expired unaccepted."
    )

    def handle(self, *args, **options) -> None:
        deleted = services.purge_expired_credentials()
        rows = ", ".join(f"{count} {model}" for model, count in deleted.items())
        self.stdout.write(f"Deleted {rows or 'nothing'}.")
