"""Counting the SQL queries of one page view, cold, the same way in every query-budget test."""

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.cache import invalidate_all


def empty_caches() -> None:
    """What the first reader after a content change meets: every cache emptied (the page
    cache, and Wagtail's own site-root paths) and a new content generation."""
    for cache in caches.all():
        cache.clear()
    invalidate_all()


def count_queries(client, url: str) -> int:
    """Queries for a cold GET of ``url``: one warm-up request (compiled templates, content
    types, an open connection; it may create the site settings row), then every cache
    emptied before the measured request. Nothing a cache could do is left for it."""
    assert client.get(url).status_code == 200, url
    empty_caches()
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200, url
    return len(ctx.captured_queries)


# Cold query budgets, per kind of page: what each costs, measured cold (docs/performance.md
# lists where the queries go), within issue 13's target of 12, so that any page that grows
# fails. Lower them as pages get cheaper.
TARGET = 12
COLD_BUDGET = {
    # Home: +1 for the renditions of its hero picture (issue 18). The same with the demo
    # content and with load_bench_content (tests/cms/test_demo_query_budgets.py).
    "home": 12,
    # Search: +1 for the ten results' summaries and dates, read from each one's own type in
    # one query whatever the types (not one per type, as .specific() did), +2 for the
    # framework's areas and values matched beside the pages and +1 for the glossary's terms;
    # the framework and glossary pages' addresses come with the site's root (issue 13).
    "search": 10,
    "search, translated": 10,
    "handbook page": 7,
    # The handbook index: +2 for a page of its sections (count, sections) and +1 for their
    # first sub-sections with each section's total (handbook/models/contents.py).
    "handbook index": 8,
    # The glossary: the letters that have terms, the count and a page of terms.
    "glossary": 7,
    # ?term=<slug>, the way back from a term's page: +1 for the term, +1 for its place.
    "glossary, back from a term": 9,
    "glossary term": 8,
    "framework": 9,
    "story library": 10,
    "story": 9,
    # Event index: +1 for the renditions of the cards' pictures, all of them in one (issue 18).
    "event index": 11,
    "event": 10,
    "standard page": 4,
    "join page": 5,
}
assert max(COLD_BUDGET.values()) <= TARGET
# A Welsh or Arabic page costs what the English one does (tests/i18n, and every demo page type
# in tests/cms/test_demo_query_budgets.py).
