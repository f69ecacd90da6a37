"""Site search: pages from Wagtail's search backend, plus the site's own vocabulary first.

Pages come from Wagtail's index. Things that are not pages (the framework's areas, values and
practices, glossary terms with their other names) come from the apps that own them, through
Wagtail's hooks, so this shared module imports no app:

- ``site_search_matches(request, query, words) -> list[SearchMatch]``: best first; shown above
  the pages. Each app keeps the number of queries fixed, however much content there is.
- ``site_search_vocabulary(request) -> list[str]``: names a reader might have meant; used
  only when nothing at all matched, to suggest other searches.

Every result says what it is, shows an excerpt with the words found marked, and a date when
it has one (an event's start, a story's publication).
"""

import difflib
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, DateTimeField, F, OuterRef, Subquery, TextField, Value, When
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import capfirst
from wagtail import hooks
from wagtail.models import Page, get_page_models

EXCERPT_LENGTH = 220
SUGGESTIONS = 5
MIN_WORD = 2


def search_terms(query: str) -> str:
    """The words of a query, without punctuation that full-text engines read as operators."""
    return " ".join(re.findall(r"\w+", query))


def query_words(query: str) -> list[str]:
    return [word for word in re.findall(r"\w+", query.casefold()) if len(word) >= MIN_WORD]


@dataclass
class SearchMatch:
    """One result: what it is (``kind``), its title and address, a marked excerpt, a date."""

    kind: str
    title: str
    url: str
    excerpt: SafeString = field(default_factory=lambda: mark_safe(""))  # noqa: S308 - empty
    date: date | datetime | None = None
    also_called: str = ""


def highlight(text: str, words: list[str], length: int = EXCERPT_LENGTH) -> SafeString:
    """``text`` escaped, cut to about ``length`` characters around the first word found, with
    every word found wrapped in ``<mark>``. The text is split on the words *before* escaping, so
    a word can never match inside an HTML entity or tag."""
    text = " ".join((text or "").split())
    if not text:
        return mark_safe("")  # noqa: S308 - empty
    longest_first = sorted(words, key=len, reverse=True)
    pattern = re.compile("(" + "|".join(re.escape(word) for word in longest_first) + ")", re.I) if words else None
    first = pattern.search(text) if pattern else None
    start = 0
    if first and first.start() > length // 2 and len(text) > length:
        start = text.rfind(" ", 0, first.start() - length // 3) + 1
    end = start + length
    piece = text[start:end]
    if end < len(text) and " " in piece:
        piece = piece[: piece.rfind(" ")]
    # With one capturing group, split() alternates plain text (even places) and words found (odd).
    parts = pattern.split(piece) if pattern else [piece]
    html = "".join(
        escape(part) if place % 2 == 0 else f"<mark>{escape(part)}</mark>" for place, part in enumerate(parts)
    )
    before, after = ("… " if start else ""), (" …" if end < len(text) else "")
    return mark_safe(before + html + after)  # noqa: S308 - every piece escaped above


def featured_matches(request, query: str) -> list[SearchMatch]:
    """Areas, values, practices, glossary terms… from every app that offers them."""
    words = query_words(query)
    matches = []
    for hook in hooks.get_hooks("site_search_matches"):
        matches.extend(hook(request, query, words))
    return matches


EXCERPT_FIELDS = ("summary", "introduction")  # the first a page type has, after its search description


def _per_page_type(field_name, output_field):
    """An expression for a plain ``Page`` row: the value of the field ``field_name(model)``
    names for the row's own page type (read from that type's table), else None."""
    by_field: dict[tuple, list[int]] = {}
    for model in get_page_models():
        name = field_name(model)
        if name:
            owner = model._meta.get_field(name).model  # the table the field lives in
            by_field.setdefault((owner, name), []).append(ContentType.objects.get_for_model(model).pk)
    whens = [
        When(
            content_type_id__in=type_ids,
            then=F(name) if owner is Page else Subquery(owner._base_manager.filter(pk=OuterRef("pk")).values(name)[:1]),
        )
        for (owner, name), type_ids in by_field.items()
    ]
    return Case(*whens, default=Value(None), output_field=output_field) if whens else Value(None, output_field)


def _excerpt_field(model) -> str | None:
    names = {field.name for field in model._meta.concrete_fields}
    return next((name for name in EXCERPT_FIELDS if name in names), None)


def _date_field(model) -> str | None:
    return getattr(model, "search_result_date_field", None)


def page_matches(pages, request, words: list[str]) -> list[SearchMatch]:
    """Results for plain ``Page`` rows: each one's kind, marked excerpt and date, the excerpt
    and date read from its own page type's table for all of them in one query (not one query
    per page type, as ``.specific()`` would), however many types the results mix.

    The excerpt is the search description, else the type's summary, else its introduction;
    the date is the field a type names in ``search_result_date_field`` (an event's start).
    """
    pages = list(pages)
    details = {}
    if pages:
        rows = Page.objects.filter(pk__in=[page.pk for page in pages]).annotate(
            _excerpt=_per_page_type(_excerpt_field, TextField()),
            _date=_per_page_type(_date_field, DateTimeField()),
        )
        details = {row["pk"]: row for row in rows.values("pk", "_excerpt", "_date")}
    matches = []
    for page in pages:
        model = page.specific_class or Page
        kind = getattr(model, "search_result_kind", None) or capfirst(model._meta.verbose_name)
        row = details.get(page.pk, {})
        matches.append(
            SearchMatch(
                kind=str(kind),
                title=page.title,
                url=page.get_url(request) or "",
                excerpt=highlight(page.search_description or row.get("_excerpt") or "", words),
                date=row.get("_date"),
            )
        )
    return matches


def suggestions(request, query: str) -> list[str]:
    """Close spellings of what was typed, from the site's own vocabulary (only asked when
    nothing matched); otherwise a few of those names to start from."""
    vocabulary = []
    for hook in hooks.get_hooks("site_search_vocabulary"):
        vocabulary.extend(hook(request))
    folded = {name.casefold(): name for name in vocabulary}
    close = difflib.get_close_matches(query.casefold(), list(folded), n=SUGGESTIONS, cutoff=0.6)
    for word in query_words(query):
        close += difflib.get_close_matches(word, list(folded), n=2, cutoff=0.7)
    chosen = list(dict.fromkeys(folded[name] for name in close))
    return chosen[:SUGGESTIONS] or vocabulary[:SUGGESTIONS]
