"""Turn an event's wall-clock schedule into occurrences: the one place that does date arithmetic.

Times are kept as the editor typed them (a local date and time) plus an IANA zone, and only
turned into instants here. A weekly 19:00 forum in Europe/London therefore stays at 19:00
local time on both sides of a clock change, which is what people who attend it expect.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil import rrule
from django.conf import settings

REPEAT_WEEKLY = "weekly"
REPEAT_MONTHLY_WEEKDAY = "monthly_weekday"
REPEAT_MONTHLY_DAY = "monthly_day"
ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


@lru_cache(maxsize=64)
def get_zone(name: str) -> zoneinfo.ZoneInfo:
    """The zone by IANA name, falling back to the site's default for anything unknown."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError):
        return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def safe_zone_name(name: str) -> str:
    """The IANA name actually used for ``name`` (never anything a TZID could be abused with)."""
    return get_zone(name).key


def localize(naive: datetime, zone_name: str) -> datetime:
    return naive.replace(tzinfo=get_zone(zone_name))


@dataclass
class Occurrence:
    """One meeting of an event: its own start and end, and what changed about it."""

    event: object
    start: datetime  # aware, in the event's zone (midnight for all-day)
    end: datetime  # aware, exclusive (midnight after the last day for all-day)
    original_start: datetime
    all_day: bool = False
    cancelled: bool = False
    moved: bool = False
    note: str = ""
    change: object = None  # the OccurrenceChange row (or its values) that set the note
    in_series: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def start_date(self) -> date:
        return self.start.date()

    @property
    def last_date(self) -> date:
        """The last day the occurrence touches (inclusive), for display."""
        if self.all_day:
            return (self.end - timedelta(days=1)).date()
        return self.end.date()

    @property
    def multi_day(self) -> bool:
        return self.last_date > self.start_date

    @property
    def anchor(self) -> str:
        return f"occurrence-{self.original_start:%Y-%m-%d}"

    def is_past(self, now: datetime) -> bool:
        return self.end <= now


def monthly_weekday_position(day: date) -> int:
    """Which weekday of its month ``day`` is: 1–4, or -1 for the last (a "fifth" becomes "last")."""
    nth = (day.day - 1) // 7 + 1
    return -1 if nth == 5 else nth


def rrule_parts(repeat: str, interval: int, start: date) -> dict:
    """The FREQ/INTERVAL/BY… parts shared by the dateutil expansion and the iCalendar RRULE."""
    parts: dict = {"FREQ": "WEEKLY" if repeat == REPEAT_WEEKLY else "MONTHLY", "INTERVAL": max(1, interval or 1)}
    if repeat == REPEAT_MONTHLY_WEEKDAY:
        parts["BYDAY"] = f"{monthly_weekday_position(start)}{ICAL_DAYS[start.weekday()]}"
    elif repeat == REPEAT_MONTHLY_DAY:
        parts["BYMONTHDAY"] = start.day
    return parts


def _dateutil_rule(repeat: str, interval: int, dtstart: datetime, until: date | None, count: int | None):
    kwargs = {"dtstart": dtstart, "interval": max(1, interval or 1)}
    if repeat == REPEAT_MONTHLY_WEEKDAY:
        weekday = rrule.weekdays[dtstart.weekday()]
        kwargs["byweekday"] = weekday(monthly_weekday_position(dtstart.date()))
    elif repeat == REPEAT_MONTHLY_DAY:
        kwargs["bymonthday"] = dtstart.day
    if until:
        kwargs["until"] = datetime.combine(until, time.max)
    elif count:
        kwargs["count"] = count
    freq = rrule.WEEKLY if repeat == REPEAT_WEEKLY else rrule.MONTHLY
    return rrule.rrule(freq, **kwargs)


@dataclass(frozen=True)
class Schedule:
    """The wall-clock schedule of an event, as stored on the page."""

    zone: str
    all_day: bool
    start_date: date
    start_time: time | None
    end_date: date | None
    end_time: time | None
    repeat: str = ""
    interval: int = 1
    until: date | None = None
    count: int | None = None

    @property
    def naive_start(self) -> datetime:
        return datetime.combine(self.start_date, time(0) if self.all_day else (self.start_time or time(0)))

    @property
    def naive_end(self) -> datetime:
        end_date = max(self.end_date or self.start_date, self.start_date)
        if self.all_day:
            return datetime.combine(end_date + timedelta(days=1), time(0))
        end = datetime.combine(end_date, self.end_time or self.start_time or time(0))
        if end <= self.naive_start:
            end = self.naive_start + timedelta(hours=1)
        return end

    @property
    def duration(self) -> timedelta:
        """Wall-clock length (a 19:00–21:00 forum lasts two hours of clock time, on any day)."""
        return self.naive_end - self.naive_start

    @property
    def bounded(self) -> bool:
        return not self.repeat or bool(self.until or self.count)

    def naive_starts(self, before: datetime | None = None) -> list[datetime]:
        """Wall-clock starts of every occurrence up to ``before`` (naive, local)."""
        if not self.repeat:
            return [self.naive_start]
        rule = _dateutil_rule(self.repeat, self.interval, self.naive_start, self.until, self.count)
        if before is None:
            if not self.bounded:
                raise ValueError("An open-ended series needs a 'before' limit.")
            return list(rule)
        return rule.between(self.naive_start - timedelta(seconds=1), before, inc=True)


def expand(event, schedule: Schedule, changes, *, start: datetime, end: datetime) -> list[Occurrence]:
    """Occurrences of ``event`` overlapping [start, end), with per-occurrence changes applied.

    ``changes`` maps an original date to an object with ``action``, ``new_date``,
    ``new_start_time``, ``new_end_time`` and ``note`` (the page's OccurrenceChange rows).
    """
    zone = schedule.zone
    tz = get_zone(zone)
    # Look a little beyond the window, in local wall-clock terms, so moved occurrences are found.
    horizon = end.astimezone(tz).replace(tzinfo=None) + timedelta(days=400 if changes else 1)
    results = []
    for naive in schedule.naive_starts(before=horizon):
        original = localize(naive, zone)
        occ_start, occ_end = original, localize(naive + schedule.duration, zone)
        occurrence = Occurrence(
            event=event,
            start=occ_start,
            end=occ_end,
            original_start=original,
            all_day=schedule.all_day,
            in_series=bool(schedule.repeat),
        )
        change = changes.get(naive.date()) if changes else None
        if change is not None:
            apply_change(occurrence, change, schedule)
        if occurrence.end > start and occurrence.start < end:
            results.append(occurrence)
    results.sort(key=lambda o: o.start)
    return results


def apply_change(occurrence: Occurrence, change, schedule: Schedule) -> None:
    occurrence.note = change.note or ""
    occurrence.change = change
    if change.action == "cancel":
        occurrence.cancelled = True
    elif change.action == "move":
        new_date = change.new_date or occurrence.original_start.date()
        if schedule.all_day:
            naive_start = datetime.combine(new_date, time(0))
            naive_end = naive_start + schedule.duration
        else:
            naive_start = datetime.combine(new_date, change.new_start_time or schedule.start_time or time(0))
            naive_end = naive_start + schedule.duration
            if change.new_end_time:
                candidate = datetime.combine(new_date, change.new_end_time)
                naive_end = candidate if candidate > naive_start else naive_end
        occurrence.start = localize(naive_start, schedule.zone)
        occurrence.end = localize(naive_end, schedule.zone)
        occurrence.moved = occurrence.start != occurrence.original_start or occurrence.end != localize(
            occurrence.original_start.replace(tzinfo=None) + schedule.duration, schedule.zone
        )


def series_dates(schedule: Schedule, *, start: date, end: date) -> list[date]:
    """The dates of the series (as its rule has them, before any change) from ``start`` to
    ``end`` inclusive."""
    before = datetime.combine(end, time.max)
    return [naive.date() for naive in schedule.naive_starts(before=before) if naive.date() >= start]


def nearest_series_date(schedule: Schedule, day: date) -> date | None:
    """The date of the series closest to ``day`` (the earlier one on a tie); ``day`` itself when
    it is a date of the series; None when the series has no dates at all."""
    span = timedelta(days=31 * 12 * max(1, schedule.interval or 1))  # a year of the longest step
    dates = series_dates(schedule, start=schedule.start_date, end=max(day, schedule.start_date) + span)
    if not dates:
        return None
    return min(dates, key=lambda candidate: (abs((candidate - day).days), candidate))
