"""Load a large amount of content for the benchmark, through each app's `bench.load_bulk`.

Apps opt in with a ``bench`` module defining ``load_bulk(progress)``; it should create
its share of the volume the performance issue names (1,000 stories and case studies, 500
events, 100 handbook pages, 100 glossary terms) and be idempotent like ``load``.
"""

from importlib import import_module
from importlib.util import find_spec

from django.conf import settings
from django.core.management.base import BaseCommand

from cms.demo_tools import Progress


class Command(BaseCommand):
    help = "Create bulk content for benchmarks (after load_demo_content)."

    def handle(self, *args, **options):
        progress = Progress(lambda line: None)
        for app in settings.DEMO_CONTENT_APPS:
            if find_spec(f"{app}.bench") is None:
                continue
            module = import_module(f"{app}.bench")
            if hasattr(module, "load_bulk"):
                self.stdout.write(f"» bulk content: {app}")
                module.load_bulk(progress)
        self.stdout.write(self.style.SUCCESS(f"Bulk content ready: {progress.created} created."))
