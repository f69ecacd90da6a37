"""Bulk content and benchmark targets for `make bench` (scripts/bench.py): 100 handbook pages
over two levels and 100 glossary terms, on top of the demo content."""

from django.db import transaction
from wagtail.models import Locale

from cms.demo_tools import Progress

from .factories import GlossaryTermFactory, HandbookPageFactory
from .models import FrameworkPage, GlossaryTerm, HandbookIndexPage, HandbookPage

SECTIONS, PAGES_PER_SECTION = 10, 9  # 10 sections + 90 sub-pages = 100 pages


def load_bulk(progress: Progress) -> None:
    index = HandbookIndexPage.objects.first()
    if index is None or HandbookPage.objects.filter(slug__startswith="bulk-").exists():
        return
    locale = Locale.get_default()
    with transaction.atomic():
        GlossaryTerm.objects.bulk_create(
            GlossaryTermFactory.build(term=f"Bulk term {i:03}", slug=f"bulk-term-{i:03}", locale=locale)
            for i in range(100)
        )
        for s in range(SECTIONS):
            section = HandbookPageFactory(parent=index, title=f"Bulk section {s}", slug=f"bulk-{s}")
            for p in range(PAGES_PER_SECTION):
                HandbookPageFactory(parent=section, title=f"Bulk page {s}.{p}", slug=f"bulk-{s}-{p}")
            progress.made(f"bulk handbook section {s}", created=True)


def targets():
    page = HandbookPage.objects.live().filter(slug="ways-of-working").first() or HandbookPage.objects.live().first()
    index = HandbookIndexPage.objects.live().first()
    found = []
    if page:
        found.append(("handbook page", page.url))
    if index:
        found.append(("glossary", f"{index.url}glossary/"))
    framework = FrameworkPage.objects.live().first()
    if framework:
        found.append(("framework overview", framework.url))
    return found
