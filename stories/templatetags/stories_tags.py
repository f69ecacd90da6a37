"""Template tags other parts of the site use to show the stories library.

- ``{% latest_stories %}`` fills the home page's stories slot.
- ``{% framework_coverage %}`` draws the areas × values grid for the framework overview.

Both find the library in the reader's language and cost a fixed number of queries.
"""

from django import template
from django.db.models import Count, F
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language

from stories.models import StoryEntry, StoryIndexPage

register = template.Library()


def _library(language_code: str | None = None):
    """The live stories index in the reader's language (or any, if none is translated)."""
    indexes = StoryIndexPage.objects.live().order_by("path")
    return indexes.filter(locale__language_code=language_code or get_language()).first() or indexes.first()


@register.inclusion_tag("stories/components/latest_stories.html", takes_context=True)
def latest_stories(context, count: int = 3):
    """The newest stories and case studies in the reader's language: one query.

    The link to the whole library is the first entry's parent address, worked out from its URL
    rather than fetched (entries only ever live directly under the index).
    """
    request = context.get("request")
    language = get_language()
    entries = list(
        StoryEntry.objects.live()
        .filter(locale__language_code=language)
        .newest_first()
        .only("id", "title", "slug", "url_path", "path", "depth", "content_type_id", "locale_id")[:count]
    )
    index_url = ""
    if entries:
        url = entries[0].get_url(request) or ""
        index_url = url[: -len(entries[0].slug) - 1]
    return {"request": request, "entries": entries, "index_url": index_url}


@register.simple_tag(takes_context=True)
def framework_coverage(context, invite_url: str = "", areas=None, values=None):
    """How many published stories and case studies sit in each area × value cell.

    Empty cells invite readers to share a story: by default the member submission form with
    that cell's area and value already ticked; ``invite_url`` puts another address there.
    A page that has read the areas and values already passes them (``areas=areas
    values=values``); otherwise they are read in the reader's language.

    One aggregate query counts every cell (in the database, not per entry here).
    """
    request = context.get("request")
    return render_to_string(
        "stories/components/framework_coverage.html",
        _coverage_context(request, invite_url, areas, values),
        request=request,
    )


def _coverage_context(request, invite_url: str, areas=None, values=None) -> dict:
    """The grid itself. One aggregate query counts every cell at once: it walks from each
    (entry, area) row of the areas link table to the entry's values and counts distinct
    entries per pair. Two more fetch the areas and values themselves unless they are given,
    one finds the library.
    """
    from handbook.models import FrameworkArea, FrameworkValue

    index = _library()
    language = get_language()
    if areas is None:
        areas = list(FrameworkArea.objects.live().filter(locale__language_code=language))
    if values is None:
        values = list(FrameworkValue.objects.live().filter(locale__language_code=language))
    counts = {}
    if index is not None:
        through = StoryEntry.framework_areas.through
        rows = (
            through.objects.filter(storyentry__live=True, storyentry__path__startswith=index.path)
            .filter(storyentry__framework_values__isnull=False)
            # Counted by translation key: a translated entry links to the original's facets.
            .values(
                area_key=F("frameworkarea__translation_key"),
                value_key=F("storyentry__framework_values__translation_key"),
            )
            .annotate(entries=Count("storyentry_id", distinct=True))
            .order_by()
        )
        counts = {(row["area_key"], row["value_key"]): row["entries"] for row in rows}
    grid = [
        {
            "area": area,
            "cells": [
                {"value": value, "count": counts.get((area.translation_key, value.translation_key), 0)}
                for value in values
            ],
        }
        for area in areas
    ]
    index_url = index.get_url(request) if index else ""
    return {
        "request": request,
        "index_url": index_url,
        "invite_url": invite_url,
        "values": values,
        "grid": grid,
    }


@register.simple_tag
def select_options(field):
    """The ``<option>`` elements of a filter's ``<select>``, the current choice selected.

    Built in Python with ``format_html`` (which escapes every label and value): the same loop
    in the template cost more than the rest of the filter form together, with seventy-odd
    tags and places on a large library.
    """
    current = field.value()
    current = "" if current is None else str(current)
    return format_html_join(
        "",
        "{}",
        (
            (
                format_html(
                    '<option value="{}"{}>{}</option>', value, " selected" if str(value) == current else "", label
                ),
            )
            for value, label in field.field.choices
        ),
    )
