"""The events index: filters from the query string, occurrences in order, pagination.

A series contributes one entry per date, so the list is built in Python from one query of
events (plus one for their changes); tags for the visible page are fetched in one more query.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import prefetch_related_objects
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _
from taggit.models import Tag

from events import conf
from events.models.choices import EventFormat

PAGE_SIZE = 12
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass
class EventFilters:
    """Filters read from GET; anything unrecognised is dropped and explained in ``problems``."""

    format: str = ""
    tag: str = ""
    area: str = ""
    month: tuple[int, int] | None = None
    problems: list[str] = field(default_factory=list)

    @classmethod
    def from_query(cls, query, *, tags: dict, areas: dict) -> EventFilters:
        filters = cls()
        fmt = query.get("format", "")
        if fmt in EventFormat.values:
            filters.format = fmt
        elif fmt:
            filters.problems.append(_("That format is not one we list, so it was left out."))
        tag = query.get("tag", "")
        if tag in tags:
            filters.tag = tag
        elif tag:
            filters.problems.append(_("No event is tagged with that, so the tag was left out."))
        area = query.get("area", "")
        if area in areas:
            filters.area = area
        elif area:
            filters.problems.append(_("That framework area was not found, so it was left out."))
        month = query.get("month", "")
        if month:
            try:
                year, number = (int(part) for part in month.split("-"))
                if not 1 <= number <= 12 or not 1970 <= year <= 2200:
                    raise ValueError
                filters.month = (year, number)
            except ValueError:
                filters.problems.append(_("Months look like 2025-03; that one was left out."))
        return filters

    @property
    def month_value(self) -> str:
        return f"{self.month[0]:04d}-{self.month[1]:02d}" if self.month else ""

    @property
    def active(self) -> bool:
        return bool(self.format or self.tag or self.area or self.month)

    def params(self, **override) -> dict:
        values = {"format": self.format, "tag": self.tag, "area": self.area, "month": self.month_value}
        values.update(override)
        return {key: value for key, value in values.items() if value}

    def query_string(self, **override) -> str:
        return urlencode(self.params(**override))

    def chips(self, tags: dict, areas: dict) -> list[dict]:
        """Active filters as labelled chips, each with the query string that removes it."""
        chips = []
        if self.format:
            chips.append(
                {"label": _("Format: %s") % EventFormat(self.format).label, "remove": self.query_string(format="")}
            )
        if self.tag:
            chips.append({"label": _("Tag: %s") % tags[self.tag], "remove": self.query_string(tag="")})
        if self.area:
            chips.append({"label": _("Framework area: %s") % areas[self.area], "remove": self.query_string(area="")})
        if self.month:
            chips.append({"label": _("Month: %s") % month_label(*self.month), "remove": self.query_string(month="")})
        return chips


def month_label(year: int, number: int) -> str:
    return f"{MONTHS[number]} {year}"


def month_options(now: datetime, past: bool) -> list[tuple[str, str]]:
    """The next 12 months (upcoming) or the last 24 (archive), as (value, label)."""
    year, number = now.year, now.month
    options = []
    for _step in range(24 if past else 12):
        options.append((f"{year:04d}-{number:02d}", month_label(year, number)))
        number += -1 if past else 1
        if number == 0:
            year, number = year - 1, 12
        elif number == 13:
            year, number = year + 1, 1
    return options


def _cached(key: str, build):
    """Filter choices change only when events or areas do: cache them per generation."""
    from django.core.cache import cache

    from events.signals import generation

    full_key = f"events:{key}:{generation()}"
    value = cache.get(full_key)
    if value is None:
        value = build()
        cache.set(full_key, value, 3600)
    return value


def tag_options(index) -> dict:
    """Tags used by live events under this index: {slug: name} (cached; one query to build)."""
    return _cached(f"tags:{index.pk}", lambda: _tag_options(index))


def _tag_options(index) -> dict:
    rows = (
        Tag.objects.filter(
            events_eventpagetag_items__content_object__path__startswith=index.path,
            events_eventpagetag_items__content_object__live=True,
        )
        .values_list("slug", "name")
        .distinct()
        .order_by("name")
    )
    return dict(rows)


def area_options() -> dict:
    """Framework areas in the reader's language: {slug: name} (cached; one query to build)."""
    from django.utils.translation import get_language

    from handbook.models import FrameworkArea

    language = get_language() or "en"
    return _cached(
        f"areas:{language}",
        lambda: dict(FrameworkArea.objects.filter(locale__language_code=language).values_list("slug", "name")),
    )


def list_occurrences(index, filters: EventFilters, *, past: bool, now=None) -> list:
    now = now or timezone.now()
    events = index.events().for_listing(public=False).with_format(filters.format)
    events = events.tagged(filters.tag).in_area(filters.area)
    if past:
        start, end = EPOCH, now
        events = events.started_before(now)
    else:
        start, end = now, now + conf.feed_future_window()
        events = events.ending_after(now)
    if filters.month:
        year, number = filters.month
        month_start = datetime(year, number, 1, tzinfo=UTC) - timedelta(days=1)
        month_end = datetime(year, number, calendar.monthrange(year, number)[1], tzinfo=UTC) + timedelta(days=2)
        start, end = max(start, month_start), min(end, month_end)
        events = events.ending_after(start).starting_before(end)
    occurrences = []
    horizon = now + conf.index_series_horizon()
    for event in events:
        found = event.occurrences_between(start, end) if end > start else []
        if past:
            found = [o for o in found if o.end <= now]
        elif event.is_series and not filters.month:
            upcoming = [o for o in found if o.start < horizon]
            found = upcoming or found[:1]
        if filters.month:
            found = [o for o in found if (o.start.year, o.start.month) == filters.month]
        occurrences.extend(found)
    occurrences.sort(key=lambda o: (o.start, o.event.pk), reverse=past)
    return occurrences


def paginate(request, occurrences):
    page_obj = Paginator(occurrences, PAGE_SIZE).get_page(request.GET.get("page"))
    from django.db.models import Prefetch

    from events.models import EventPageTag

    events = list({o.event.pk: o.event for o in page_obj.object_list}.values())
    prefetch_related_objects(events, Prefetch("tagged_items", queryset=EventPageTag.objects.select_related("tag")))
    return page_obj
