"""Template tags other parts of the site use to show the stories library.

- ``{% latest_stories %}`` fills the home page's stories slot.
- ``{% framework_coverage %}`` draws the areas × values grid for the framework overview.

Both find the library in the reader's language and cost a fixed number of queries.
"""

from django import template
from django.db.models import Count, F
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
    entries = list(
        StoryEntry.objects.live()
        .filter(locale__language_code=get_language())
        .newest_first()
        .only("id", "title", "slug", "url_path", "path", "depth", "content_type_id", "locale_id")[:count]
    )
    index_url = ""
    if entries:
        url = entries[0].get_url(request) or ""
        index_url = url[: -len(entries[0].slug) - 1]
    return {"request": request, "entries": entries, "index_url": index_url}


@register.inclusion_tag("stories/components/framework_coverage.html", takes_context=True)
def framework_coverage(context, invite_url: str = ""):
    """How many published stories and case studies sit in each area × value cell.

    ``invite_url`` is where empty cells invite readers to share a story (the member
    submission form, once it exists); it defaults to the library itself.

    One aggregate query counts every cell at once: it walks from each (entry, area) row of
    the areas link table to the entry's values and counts distinct entries per pair. Two more
    fetch the areas and values themselves, one finds the library.
    """
    from handbook.models import FrameworkArea, FrameworkValue

    request = context.get("request")
    index = _library()
    language = get_language()
    areas = list(FrameworkArea.objects.filter(locale__language_code=language))
    values = list(FrameworkValue.objects.filter(locale__language_code=language))
    counts = {}
    if index is not None:
        through = StoryEntry.framework_areas.through
        rows = (
            through.objects.filter(storyentry__live=True, storyentry__path__startswith=index.path)
            .filter(storyentry__framework_values__isnull=False)
            .values("frameworkarea_id", value_id=F("storyentry__framework_values"))
            .annotate(entries=Count("storyentry_id", distinct=True))
            .order_by()
        )
        counts = {(row["frameworkarea_id"], row["value_id"]): row["entries"] for row in rows}
    grid = [
        {"area": area, "cells": [{"value": value, "count": counts.get((area.pk, value.pk), 0)} for value in values]}
        for area in areas
    ]
    index_url = index.get_url(request) if index else ""
    return {
        "request": request,
        "index_url": index_url,
        "invite_url": invite_url or index_url,
        "values": values,
        "grid": grid,
    }
