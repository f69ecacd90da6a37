"""Create (or reset) the local development admin account and print its login.

Refuses to run unless DEBUG is on, so it can never plant a known password in production.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin-dev-only"  # noqa: S105 -- development only; the command refuses to run without DEBUG


class Command(BaseCommand):
    help = "Create the development admin account (DEBUG only) and print its login."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_dev_admin only runs with DEBUG on (development settings).")
        user, _ = get_user_model().objects.get_or_create(username=USERNAME, defaults={"email": "admin@example.org"})
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(PASSWORD)
        user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"\nAdmin login: http://127.0.0.1:8000/admin/  username: {USERNAME}  password: {PASSWORD}\n"
            )
        )
