"""Site-wide views: search, robots.txt and the error pages."""

import re
from urllib.parse import urlencode

from django.apps import apps
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Page

SEARCH_PAGE_SIZE = 10
SEARCH_MAX_QUERY = 200
SEARCH_GLOSSARY_LIMIT = 5


def search_terms(query: str) -> str:
    """The words of a query, without punctuation that full-text engines read as operators."""
    return " ".join(re.findall(r"\w+", query))


@require_GET
def search(request):
    """Full-text search over every live page in the reader's site."""
    query = request.GET.get("q", "").strip()[:SEARCH_MAX_QUERY]
    results = None
    glossary_results = []
    if search_terms(query):
        site_root = request.site.root_page if getattr(request, "site", None) else None
        pages = Page.objects.live().public()
        if site_root is not None:
            pages = pages.descendant_of(site_root, inclusive=True)
        paginator = Paginator(pages.search(search_terms(query)), SEARCH_PAGE_SIZE)
        results = paginator.get_page(request.GET.get("page"))
        if results.number == 1:
            glossary_results = glossary_matches(request, query)
    context = {
        "search_query": query,
        "search_results": results,
        "glossary_results": glossary_results,
        "query_prefix": urlencode({"q": query}) + "&",
    }
    return TemplateResponse(request, "search/search.html", context)


def glossary_matches(request, query: str) -> list:
    """Glossary terms matching the query, with their URLs (two queries at most).

    Looked up through the app registry so the shared app does not import the handbook's code.
    """
    try:
        glossary_term = apps.get_model("handbook", "GlossaryTerm")
    except LookupError:
        return []
    return glossary_term.search_with_urls(request, query, limit=SEARCH_GLOSSARY_LIMIT)


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /documents/", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: the 500 page must render even when the database is gone.
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)
