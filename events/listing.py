"""The events index: filters from the query string, occurrences in order, pagination.

A series contributes one entry per date, so the list is built in Python (``events.timeline``)
from the events overlapping the listing's window, one-off events read only as far as the page
shown; only the shown page's events are loaded (one query, plus one for their tags).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Q
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _
from taggit.models import Tag

from events import conf, timeline
from events.models.choices import EventFormat
from handbook.illustrations import fallback_annotations

PAGE_SIZE = 12


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


def tag_options(index) -> dict:
    """Tags used by live events under this index: {slug: name} (one query)."""
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
    """Framework areas in the reader's language: {slug: name} (one query)."""
    from django.utils.translation import get_language

    from handbook.models import FrameworkArea

    language = get_language() or "en"
    return dict(FrameworkArea.objects.live().filter(locale__language_code=language).values_list("slug", "name"))


def _filtered_events(index, filters: EventFilters):
    """The index's listable events passing the format, tag and area filters (no query yet)."""
    events = index.events().for_listing(public=False).prefetch_related(None)
    if filters.format or filters.tag or filters.area:
        events = events.with_format(filters.format).tagged(filters.tag).in_area(filters.area)
    return events


def _requested_page(request) -> int:
    try:
        return max(1, int(request.GET.get("page", 1)))
    except (TypeError, ValueError):
        return 1


def list_occurrences(index, filters: EventFilters, *, past: bool, now=None, request=None) -> timeline.Entries:
    """The listing's dates as timeline entries (see ``events.timeline``), in display order.

    Only the events overlapping the listing's window are read, one-off events only as far as
    the requested page, and series expanded over the window alone: the cost follows the page
    shown, not the number of events. ``page_of`` and ``with_cards`` turn the shown page of
    entries into cards.
    """
    now = now or timezone.now()
    if past:
        start, end = timeline.EPOCH, now
    else:
        start, end = now, now + conf.feed_future_window()
    if filters.month:
        year, number = filters.month
        month_start = datetime(year, number, 1, tzinfo=UTC) - timedelta(days=1)
        month_end = datetime(year, number, calendar.monthrange(year, number)[1], tzinfo=UTC) + timedelta(days=2)
        start, end = max(start, month_start), min(end, month_end)
    events = _filtered_events(index, filters)
    if end <= start:
        events = events.none()
    events = events.starting_before(end).ending_after(start)
    # A one-off event's one date: already over (archive), or in the month asked for.
    if past:
        events = events.filter(~Q(repeat="") | Q(last_ends_at__lte=now))
    if filters.month:
        events = events.filter(~Q(repeat="") | Q(start_date__year=filters.month[0], start_date__month=filters.month[1]))
    low, high, moment = start.timestamp(), end.timestamp(), now.timestamp()
    horizon = (now + conf.index_series_horizon()).timestamp()

    def keep(is_series: bool, dates: list) -> list:
        found = [e for e in dates if e[timeline.END] > low and e[timeline.START] < high]
        if past:
            found = [e for e in found if e[timeline.END] <= moment]
        elif is_series and not filters.month:
            found = [e for e in found if e[timeline.START] < horizon] or found[:1]
        if filters.month:
            found = [e for e in found if (e[timeline.NAIVE_START].year, e[timeline.NAIVE_START].month) == filters.month]
        return found

    wanted = _requested_page(request) * PAGE_SIZE if request is not None else 10**9
    # Upcoming, no month: a series lists its dates up to the series horizon (or its next one).
    series_until = None if past or filters.month else now + conf.index_series_horizon()
    return timeline.Entries(
        events, start=start, end=end, past=past, keep=keep, wanted=wanted, series_until=series_until
    )


CARD_TEMPLATE = "events/components/event_card.html"


def page_of(request, entries):
    """The requested page of timeline entries (tuples, not yet cards)."""
    return Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))


def with_cards(request, index, page_obj, *, past: bool = False):
    """Turn a page of entries into rendered event cards (safe HTML), in place: the shown
    events in one query (with their venue and the stable slug of their first area, whose
    drawing stands in for a photo), their tags in one more."""
    from django.db.models import Prefetch
    from django.template.loader import get_template

    from events.models import EventPageTag

    wanted = {entry[timeline.PK] for entry in page_obj.object_list}
    events = {}
    if wanted:
        events = {
            event.pk: event
            for event in index.events()
            .filter(pk__in=wanted)
            .annotate(**fallback_annotations("events", values=False))
            .select_related("venue", "lead_image")
            .prefetch_related(
                Prefetch("tagged_items", queryset=EventPageTag.objects.select_related("tag")),
                "lead_image__renditions",  # the cards' pictures
            )
        }
    template = get_template(CARD_TEMPLATE)
    cards = []
    for entry in page_obj.object_list:
        event = events.get(entry[timeline.PK])
        if event is not None:
            occurrence = timeline.to_occurrence(entry, event)
            cards.append(template.render({"occurrence": occurrence, "is_past": past, "request": request}))
    page_obj.object_list = cards
    return page_obj
