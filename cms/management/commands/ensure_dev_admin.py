"""Create (or reset) the local development admin account and print its login.

Refuses to run unless DEBUG is on, so it can never plant a known password in production.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

USERNAME = "admin"
PASSWORD = "admin-dev-only"  # noqa: S105 -- development only; the command refuses to run without DEBUG
DEMO_PASSWORD = "demo-dev-only"  # noqa: S105 -- development only, as above


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
        self._demo_accounts()
        self._demo_editors()

    def _demo_accounts(self):
        """The demo moderator (Moderators group) and demo member from members/demo.py."""
        from members.demo import DEMO_MEMBER, DEMO_MODERATOR, demo_user

        moderator, _ = demo_user(DEMO_MODERATOR)
        moderator.groups.add(Group.objects.get_or_create(name="Moderators")[0])
        member, _ = demo_user(DEMO_MEMBER)
        for user in (moderator, member):
            user.is_active = True
            user.set_password(DEMO_PASSWORD)
            user.save()
        self.stdout.write(
            self.style.SUCCESS(
                f"Moderator login: http://127.0.0.1:8000/admin/  username: {DEMO_MODERATOR['username']}  "
                f"password: {DEMO_PASSWORD}\n"
                f"Member login: http://127.0.0.1:8000/en/accounts/login/  email: {DEMO_MEMBER['email']}  "
                f"password: {DEMO_PASSWORD}\n"
            )
        )

    def _demo_editors(self):
        """The named demo editors (Editors group) who wrote the demo's revisions (cms/demo_editors.py)."""
        from cms.demo_editors import demo_editors

        for editor in demo_editors():
            editor.is_active = True
            editor.set_password(DEMO_PASSWORD)
            editor.save()
            self.stdout.write(
                self.style.SUCCESS(
                    f"Editor login: http://127.0.0.1:8000/admin/  username: {editor.username}  "
                    f"password: {DEMO_PASSWORD}"
                )
            )
