"""Site-wide views: search, robots.txt and the error pages."""

import logging
import os
import shutil
import sys
import uuid
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.core.files.storage import FileSystemStorage, default_storage
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

from cms import search as site_search
from cms.addresses import absolute_url
from cms.routing import site_roots

logger = logging.getLogger(__name__)

SEARCH_PAGE_SIZE = 10
RETRY_AFTER_SECONDS = 30
SEARCH_MAX_QUERY = 200


@require_GET
def search(request):
    """Full-text search over every live page in the reader's site and language, with the
    site's own vocabulary (framework areas, values, practices, glossary terms) first.

    Wagtail idiom: each language is its own tree under a translated copy of the site's root
    page, so searching below the reader's root finds the pages of that language only. Pages
    not translated yet are not mixed in silently: the template links to the same search in
    the default language (see ``components/language_fallback.html``). The ten pages shown are
    plain ``Page`` rows; what each says it is, its summary and its date come in one more query,
    however many page types they mix (``cms/search.py``). The root's top-level pages, found
    with it, give the framework's and glossary's addresses (``cms.routing.top_pages``).
    """
    query = request.GET.get("q", "").strip()[:SEARCH_MAX_QUERY]
    results = None
    featured = []
    page_matches = []
    suggested = []
    site = Site.find_for_request(request)
    # The root in the reader's language, with the menu and site-root paths (one query).
    site_root = site_roots(request, site)[0] if site else None
    terms = site_search.search_terms(query)
    if terms:
        pages = Page.objects.live().public()
        if site_root is not None:
            pages = pages.descendant_of(site_root, inclusive=True)
        paginator = Paginator(pages.search(terms), SEARCH_PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))
        page_matches = site_search.page_matches(results, request, site_search.query_words(query))
        if results.number == 1:
            featured = site_search.featured_matches(request, query)
        if not featured and not paginator.count:
            suggested = site_search.suggestions(request, query)
    context = {
        "search_query": query,
        "search_results": results,
        "page_matches": page_matches,
        "featured_matches": featured,
        "suggestions": suggested,
        "query_prefix": urlencode({"q": query}) + "&",
    }
    return TemplateResponse(request, "search/search.html", context)


@require_safe  # GET and HEAD: crawlers and link checkers ask HEAD first
def robots_txt(request):
    sitemap_url = absolute_url(reverse("sitemap"))
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
    """For the load balancer: 200 when this app server can answer pages, i.e. its database
    answers; 503 otherwise. The cache is left out on purpose (pages are served without Redis,
    so a Redis outage must not take every app server out of the pool), and nothing is written."""
    healthy = _passes("database", _check_database)
    return JsonResponse({"status": "ok" if healthy else "unavailable"}, status=200 if healthy else 503)


@never_cache
@require_GET
def health_dependencies(request):
    """For monitoring: each dependency (database, cache, media storage), 200 when all answer,
    else 503 naming the part that failed (never the error text). Writes no file."""
    checks = {"database": _check_database, "cache": _check_cache, "storage": _check_storage}
    results = {name: "ok" if _passes(name, check) else "unavailable" for name, check in checks.items()}
    healthy = all(value == "ok" for value in results.values())
    return JsonResponse({"status": "ok" if healthy else "degraded", "checks": results}, status=200 if healthy else 503)


def _passes(name: str, check) -> bool:
    try:
        check()
    except Exception as error:  # noqa: BLE001 - any failure means "not healthy"
        logger.warning("health check %s failed: %s", name, type(error).__name__)
        return False
    return True


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _check_cache() -> None:
    """A value stored and read back (in the cache's memory: no file)."""
    token = uuid.uuid4().hex
    cache.set("health:probe", token, 10)
    if cache.get("health:probe") != token:
        raise RuntimeError("cache did not return what was stored")


def _check_storage() -> None:
    """The media storage answers, without writing anything: on disk, ``MEDIA_ROOT`` is a
    folder this process may write to, with room left; in a bucket, a read of one key answers
    (a missing key is an answer; wrong credentials or an unreachable service are not)."""
    if isinstance(default_storage, FileSystemStorage):
        root = Path(default_storage.location)
        if not root.is_dir() or not os.access(root, os.W_OK | os.X_OK):
            raise RuntimeError("media folder missing or not writable")
        if shutil.disk_usage(root).free < settings.CMS_HEALTH_MIN_FREE_BYTES:
            raise RuntimeError("media disk nearly full")
        return
    default_storage.exists("health-probe")
