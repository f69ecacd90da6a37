"""Site-wide views: search, robots.txt and the error pages."""

import logging
import re
import sys
import uuid
from urllib.parse import urlencode

from django.apps import apps
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import Page, Site

from cms.cache import cached_fragment, digest
from cms.lazy import lazy_context

logger = logging.getLogger(__name__)

SEARCH_PAGE_SIZE = 10
RETRY_AFTER_SECONDS = 30
SEARCH_MAX_QUERY = 200
SEARCH_GLOSSARY_LIMIT = 5


def search_terms(query: str) -> str:
    """The words of a query, without punctuation that full-text engines read as operators."""
    return " ".join(re.findall(r"\w+", query))


@require_GET
def search(request):
    """Full-text search over every live page in the reader's site and language.

    Wagtail idiom: each language is its own tree under a translated copy of the site's root
    page, so searching below the reader's root finds the pages of that language only. Pages
    not translated yet are not mixed in silently: the template links to the same search in
    the default language (see ``components/language_fallback.html``).
    """
    query = request.GET.get("q", "").strip()[:SEARCH_MAX_QUERY]
    results = None
    glossary_results = []
    if search_terms(query):
        # Worked out only if the template asks: not when this search's HTML is in the
        # fragment cache (templates/search/search.html).
        lazy = lazy_context(lambda: _search(request, query), ("results", "glossary"))
        results, glossary_results = lazy["results"], lazy["glossary"]
    context = {
        "search_query": query,
        "search_results": results,
        "glossary_results": glossary_results,
        "query_prefix": urlencode({"q": query}) + "&",
    }
    return TemplateResponse(request, "search/search.html", context)


def _search(request, query: str) -> dict:
    site = Site.find_for_request(request)
    site_root = site.root_page if site else None
    if site_root is not None:
        site_root = site_root.localized  # cached per language (cms BasePage)
    pages = Page.objects.live().public()
    if site_root is not None:
        pages = pages.descendant_of(site_root, inclusive=True)
    key = _search_key(site_root, query)
    paginator = Paginator(CachedSearchResults(pages, search_terms(query), key), SEARCH_PAGE_SIZE)
    results = paginator.get_page(request.GET.get("page"))
    glossary = []
    if results.number == 1:
        glossary = cached_fragment(f"{key}:glossary", lambda: glossary_matches(request, query))
    return {"results": results, "glossary": glossary}


def _search_key(site_root, query: str) -> str:
    """The cache name of one search: the reader's language tree and the query (hashed, so any
    text makes a short, safe key)."""
    return f"search:{site_root.pk if site_root else 0}:{digest(query.casefold())}"


class CachedSearchResults:
    """A search as a sequence for Django's ``Paginator``, remembered until content changes.

    Full-text search (PostgreSQL ``ts_rank`` in production) ranks every matching page and
    counts them again for the paginator: by far the dearest part of a search request. What
    it finds can change only when content does, so the count and the page ids of each page
    of results are kept as fragments of the content generation (``cached_fragment``): the
    next reader asking the same thing costs two cache reads and one query for the ten pages
    shown. A query nobody asked since the last content write still pays the full search.
    The pages come back as plain ``Page`` rows (title, search description, URL are all the
    template shows), so no ``.specific`` query per content type either.
    """

    def __init__(self, pages, terms: str, key: str):
        self._pages = pages
        self._terms = terms
        self._key = key

    def _search(self):
        return self._pages.search(self._terms)

    def count(self) -> int:
        return cached_fragment(f"{self._key}:count", lambda: self._search().count())

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, window: slice) -> list:
        start, stop = window.start or 0, window.stop
        ids = cached_fragment(f"{self._key}:{start}-{stop}", lambda: [page.pk for page in self._search()[start:stop]])
        by_id = Page.objects.in_bulk(ids)
        return [by_id[pk] for pk in ids if pk in by_id]


def glossary_matches(request, query: str) -> list:
    """Glossary terms matching the query, with their URLs (two queries at most).

    Looked up through the app registry so the shared app does not import the handbook's code.
    """
    try:
        glossary_term = apps.get_model("handbook", "GlossaryTerm")
    except LookupError:
        return []
    return glossary_term.search_with_urls(request, query, limit=SEARCH_GLOSSARY_LIMIT)


@require_safe  # GET and HEAD: crawlers and link checkers ask HEAD first
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """500 page, or a 503 with Retry-After when the database is down or unreachable.

    Rendered without context processors so it works with no database at all.
    """
    error = sys.exc_info()[1]
    # Down or unreachable (not bad data, which is a bug to fix): tell clients to retry.
    if isinstance(error, OperationalError | InterfaceError):
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponse(loader.get_template("500.html").render(), status=500)


@never_cache
@require_GET
def health(request):
    """For load balancers: 200 when database, cache and media storage all answer, else 503."""
    checks = {"database": _check_database, "cache": _check_cache, "storage": _check_storage}
    results = {}
    for name, check in checks.items():
        try:
            check()
            results[name] = "ok"
        except Exception as error:  # noqa: BLE001 - any failure means "not healthy"
            logger.warning("health check %s failed: %s", name, type(error).__name__)
            results[name] = "unavailable"
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse({"status": "ok" if healthy else "degraded", "checks": results}, status=200 if healthy else 503)


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _check_cache() -> None:
    cache.set("health:probe", "1", 10)
    if cache.get("health:probe") != "1":
        raise RuntimeError("cache did not return what was stored")


def _check_storage() -> None:
    """Write, read back and delete a small file through the media storage (full, read-only or
    unmounted storage all fail here)."""
    name = default_storage.save(f"health/probe-{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    try:
        with default_storage.open(name) as probe:
            if probe.read() != b"ok":
                raise RuntimeError("media storage did not return what was written")
    finally:
        default_storage.delete(name)
