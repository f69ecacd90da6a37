"""What site search finds in the handbook besides its pages: the framework's areas, values and
practices, and glossary terms with their other names (registered in ``wagtail_hooks``).

A fixed number of queries whatever the amount of content: the areas and the values of the
reader's language (a dozen rows, matched here; two queries) and the glossary's own search
(one). The framework page and the glossary's (the handbook index) are top-level pages that
site search found with the site's root (``cms.routing.top_pages``): no query.
"""

import re

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms.routing import top_pages
from cms.search import SearchMatch, highlight

from .models import FrameworkArea, FrameworkPage, FrameworkValue, GlossaryTerm, HandbookIndexPage

FRAMEWORK_LIMIT = 6
GLOSSARY_LIMIT = 5
FACET_FIELDS = ("id", "name", "slug", "summary", "practices", "sort_order", "locale_id")


def _contains_all(text: str, words: list[str]) -> bool:
    """Every word typed starts a word of ``text`` ("listen" finds "listening", "can" not "scan")."""
    return bool(words) and all(re.search(rf"\b{re.escape(word)}", text, re.I) for word in words)


def _section_page(request, model, language_code: str):
    """The live ``model`` page (the framework page, the handbook's index: children of the home
    page) in the reader's language: among the site's top-level pages found with its root
    (``cms.routing.top_pages``, no query), else looked up (one query)."""
    found = top_pages(request)
    if found is None:
        return model.objects.live().filter(locale__language_code=language_code).order_by("path").first()
    return next(
        (page for page in found if page.specific_class is model and page.locale.language_code == language_code),
        None,
    )


def _facets(request, language_code: str) -> list:
    """The reader's language's published areas, then values (by language code: no query for
    the locale itself); read once per request (matches, then suggestions when nothing did)."""
    memo = request.__dict__.setdefault("_handbook_facets", {}) if request is not None else {}
    if language_code not in memo:
        areas = FrameworkArea.objects.live().filter(locale__language_code=language_code).only(*FACET_FIELDS)
        values = FrameworkValue.objects.live().filter(locale__language_code=language_code).only(*FACET_FIELDS)
        memo[language_code] = list(areas) + list(values)
    return memo[language_code]


def _facet_matches(facet, query: str, words: list[str]) -> list[tuple[int, str, str, str]]:
    """(score, kind, title, text) for the facet itself and each practice of it that matches;
    lower scores first: its exact name, its name, a practice, its summary."""
    kind = _("Framework area") if facet.kind == "area" else _("Framework value")
    if facet.name.casefold() == query.casefold().strip():
        return [(0, kind, facet.name, facet.summary)]
    found = []
    if _contains_all(facet.name, words):
        found.append((1, kind, facet.name, facet.summary))
    elif _contains_all(facet.summary, words):
        found.append((3, kind, facet.name, facet.summary))
    for block in facet.practices:
        practice, detail = block.value["text"], block.value.get("detail") or ""
        if _contains_all(f"{practice} {detail}", words):
            # The practice is the title (marked); its detail, or else the area's summary, below.
            title = highlight(practice, words, length=len(practice))
            found.append((2, _("Practice in %(name)s") % {"name": facet.name}, title, detail or facet.summary))
    return found


def framework_matches(request, query: str, words: list[str]) -> list[tuple[int, SearchMatch]]:
    language = get_language()
    scored = []
    for order, facet in enumerate(_facets(request, language)):
        for score, kind, title, text in _facet_matches(facet, query, words):
            scored.append((score, order, facet.slug, kind, title, text))
    if not scored:
        return []
    page = _section_page(request, FrameworkPage, language)
    if page is None:
        return []
    base = page.get_url(request)
    scored.sort(key=lambda row: row[:2])
    return [
        (score, SearchMatch(kind=kind, title=title, url=f"{base}{slug}/", excerpt=highlight(text, words)))
        for score, _order, slug, kind, title, text in scored[:FRAMEWORK_LIMIT]
    ]


def glossary_matches(request, query: str, words: list[str]) -> list[tuple[int, SearchMatch]]:
    found = []
    index_page = _section_page(request, HandbookIndexPage, get_language())
    for term, url in GlossaryTerm.search_with_urls(request, query, limit=GLOSSARY_LIMIT, index_page=index_page):
        other_names = [name.strip() for name in term.alternative_names.splitlines() if name.strip()]
        typed = query.casefold().strip()
        if term.term.casefold() == typed or any(name.casefold() == typed for name in other_names):
            score = 0
        elif _contains_all(term.term, words):
            score = 1
        elif any(_contains_all(name, words) for name in other_names):
            score = 2
        else:
            score = 3
        match = SearchMatch(
            kind=_("Glossary term"),
            title=term.term,
            url=url,
            excerpt=highlight(term.short_definition, words),
            also_called=", ".join(other_names),
        )
        found.append((score, match))
    return found


def site_search_matches(request, query: str, words: list[str]) -> list[SearchMatch]:
    """Best first: a facet or term named exactly what was typed (a facet before a term), then
    names that contain the words, practices, and definitions or summaries that mention them."""
    framework = framework_matches(request, query, words)
    glossary = glossary_matches(request, query, words)
    if any(score == 0 for score, _match in framework + glossary):
        # Something is named exactly what was typed: show it and other names, not every
        # practice or summary that happens to use the word.
        framework = [(score, match) for score, match in framework if score <= 1]
    return [match for _score, match in sorted(framework + glossary, key=lambda row: row[0])]


def site_search_vocabulary(request) -> list[str]:
    """The names readers might have been trying to type: areas, values and glossary terms."""
    language = get_language()
    names = [facet.name for facet in _facets(request, language)]
    terms = GlossaryTerm.objects.live().filter(locale__language_code=language).order_by("term")
    names += list(terms.values_list("term", flat=True))
    return names
