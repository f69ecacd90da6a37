"""Print (or check) an inventory of the site's content: counts per model, page tree health.

Used by the backup drill: `site_inventory > counts.json` before a backup, and
`site_inventory --expect counts.json` after a restore, which also checks the page tree with
Wagtail's `fixtree` and that every live page renders.
"""

import json
from io import StringIO

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.test import Client
from wagtail.models import Page

COUNTED_APPS = {"cms", "home", "handbook", "events", "stories", "wagtailcore", "wagtailimages", "wagtaildocs", "taggit"}
SKIPPED_MODELS = {"wagtailcore.referenceindex", "wagtailcore.pagelogentry", "wagtailcore.modellogentry"}


def inventory() -> dict[str, int]:
    counts = {}
    for model in apps.get_models():
        label = model._meta.label_lower
        if model._meta.app_label in COUNTED_APPS and label not in SKIPPED_MODELS:
            counts[label] = model._default_manager.count()
    return dict(sorted(counts.items()))


class Command(BaseCommand):
    help = "Print content counts as JSON, or check a restored site against them."

    def add_arguments(self, parser):
        parser.add_argument("--expect", help="JSON file written by this command before the backup")

    def handle(self, *args, expect=None, **options):
        counts = inventory()
        if not expect:
            self.stdout.write(json.dumps(counts, indent=2))
            return
        with open(expect, encoding="utf-8") as handle:
            expected = json.load(handle)
        differences = {
            k: (expected.get(k), counts.get(k))
            for k in expected.keys() | counts.keys()
            if expected.get(k) != counts.get(k)
        }
        if differences:
            raise CommandError(f"Counts differ after restore (expected, found): {differences}")
        tree = StringIO()
        call_command("fixtree", stdout=tree, interactive=False)
        if "No problems found." not in tree.getvalue():
            raise CommandError(f"Page tree problems after restore:\n{tree.getvalue()}")
        client = Client(HTTP_HOST="localhost")
        broken = []
        pages = Page.objects.live().public().filter(depth__gt=1).specific()
        for page in pages:
            url = page.get_url()
            status = client.get(url).status_code if url else None
            if status != 200:
                broken.append((url, status))
        if broken:
            raise CommandError(f"Pages that do not render after restore: {broken}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Restore verified: {sum(counts.values())} rows match, tree clean, {len(pages)} pages render."
            )
        )
