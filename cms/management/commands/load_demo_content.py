"""Load the demo content of every app, in order. Safe to run again: nothing is duplicated."""

from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction

from cms import demo_editors, demo_translations
from cms.demo_tools import Progress


class Command(BaseCommand):
    help = "Create the demo pages and settings (idempotent)."

    def handle(self, *args, **options):
        progress = Progress(self.stdout.write)
        with transaction.atomic():
            for app in settings.DEMO_CONTENT_APPS:
                if find_spec(f"{app}.demo") is None:
                    continue
                import_module(f"{app}.demo").load(progress)
            # Last, once every app's pages exist: their Welsh and Arabic translations.
            demo_translations.load(progress)
            # Then every page and snippet gets a revision by a named demo editor (History, "Updated").
            demo_editors.load(progress)
        self.stdout.write(
            self.style.SUCCESS(f"Demo content ready: {progress.created} created, {progress.kept} already there.")
        )
