"""The dates the events index shows, worked out only as far as the page shown.

The index lists one entry per date of a series, in date order, twelve to a page. A one-off
event has one date, so one-off events are counted and ordered in SQL (``starts_at``) and only
as many as the requested page needs are read; series (few, and limited by the series horizon)
are expanded over the listing's window only. One query reads the schedule columns of both
(``values()``, no page objects) with the number of one-off events beside them, one more their
date changes; only the dozen entries a page shows become ``Occurrence`` objects, with their
event pages loaded in one query. Nothing here grows with the number of events listed beyond
the page asked for (docs/performance.md).
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

from django.db.models import Count, IntegerField, Q, Subquery

from cms.untranslated import original_names, with_originals
from events.occurrences import Occurrence, Schedule, expand, localize

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Positions in an entry tuple.
START, END, PK, NAIVE_START, NAIVE_END, NAIVE_ORIGINAL, CANCELLED, MOVED, NOTE, CHANGE = range(10)

SCHEDULE_FIELDS = (
    "pk",
    "time_zone",
    "all_day",
    "start_date",
    "start_time",
    "end_date",
    "end_time",
    "repeat",
    "repeat_interval",
    "repeat_until",
    "repeat_count",
)
CHANGE_FIELDS = ("page_id", "occurrence_date", "action", "new_date", "new_start_time", "new_end_time", "note")


class Entries:
    """The listing's entries in display order, for Django's ``Paginator``: ``count()`` without
    expanding anything more, and a slice that reads one-off events only up to its end.

    ``events`` is the filtered queryset of listable events overlapping [start, end);
    ``keep(is_series, entries)`` applies the listing's rules to one event's entries in the
    window; ``wanted`` is how many entries the page asked for needs (its last position).
    Series are expanded up to ``series_until`` (the series horizon), and further only for a
    series with no date before it (its next date is still listed).
    """

    def __init__(self, events, *, start, end, past: bool, keep, wanted: int, series_until=None):
        self.events, self.start, self.end, self.past, self.keep = events, start, end, past, keep
        self.series_until = min(series_until or end, end)
        self.series: list[tuple] = []
        self.one_offs: list[tuple] = []
        self.one_off_total = 0
        self._read(wanted)

    def _read(self, wanted: int) -> None:
        from events.models import OccurrenceChange

        one_offs = self.events.filter(repeat="").order_by(
            *(("-starts_at", "-pk") if self.past else ("starts_at", "pk"))
        )
        total = one_offs.order_by().values("repeat").annotate(n=Count("pk")).values("n")
        rows = list(
            self.events.filter(~Q(repeat="") | Q(pk__in=one_offs.values("pk")[:wanted]))
            .annotate(one_off_total=Subquery(total, output_field=IntegerField()))
            .values(*SCHEDULE_FIELDS, "one_off_total")
        )
        changes: dict[int, dict] = {}
        # On a translated listing, each note's original comes in the same query (its untranslated mark).
        query = with_originals(OccurrenceChange.objects.filter(page_id__in=[row["pk"] for row in rows]))
        query = query.values(*CHANGE_FIELDS, *original_names(query))
        for change in query:
            changes.setdefault(change["page_id"], {})[change["occurrence_date"]] = SimpleNamespace(**change)
        self.series, self.one_offs = [], []
        self.one_off_total = rows[0]["one_off_total"] or 0 if rows else 0
        self._wanted = wanted
        for row in rows:
            own = changes.get(row["pk"], {})
            if row["repeat"]:
                dates = _expand(row, own, self.start, self.series_until)
                if not dates and self.series_until < self.end:
                    dates = _expand(row, own, self.start, self.end)
                self.series.extend(self.keep(True, dates))
            else:
                self.one_offs.extend(self.keep(False, _expand(row, own, self.start, self.end)))

    def _merged(self) -> list[tuple]:
        merged = self.series + self.one_offs
        merged.sort(key=lambda e: (e[START], e[PK]), reverse=self.past)
        return merged

    def count(self) -> int:
        # Every series entry is known; a one-off event has at most one entry in the window.
        return len(self.series) + self.one_off_total

    def __len__(self) -> int:
        return self.count()

    def __getitem__(self, index):
        stop = index.stop if isinstance(index, slice) else index + 1
        if stop is not None and stop > self._wanted and len(self.one_offs) < self.one_off_total:
            self._read(stop)  # a later page than the one asked for (Paginator's last page)
        return self._merged()[index]


def _expand(row: dict, changes: dict, start: datetime, end: datetime) -> list[tuple]:
    repeat = row["repeat"]
    schedule = Schedule(
        zone=row["time_zone"],
        all_day=row["all_day"],
        start_date=row["start_date"],
        start_time=None if row["all_day"] else row["start_time"],
        end_date=row["end_date"],
        end_time=None if row["all_day"] else row["end_time"],
        repeat=repeat,
        interval=row["repeat_interval"],
        until=row["repeat_until"] if repeat else None,
        count=row["repeat_count"] if repeat else None,
    )
    return [
        (
            o.start.timestamp(),
            o.end.timestamp(),
            row["pk"],
            o.start.replace(tzinfo=None),
            o.end.replace(tzinfo=None),
            o.original_start.replace(tzinfo=None),
            o.cancelled,
            o.moved,
            o.note,
            o.change,  # the note's row, with its original's texts on a translated listing
        )
        for o in expand(None, schedule, changes, start=start, end=end)
    ]


def to_occurrence(entry: tuple, event) -> Occurrence:
    """The ``Occurrence`` an entry stands for, with its event page."""
    zone = event.time_zone
    return Occurrence(
        event=event,
        start=localize(entry[NAIVE_START], zone),
        end=localize(entry[NAIVE_END], zone),
        original_start=localize(entry[NAIVE_ORIGINAL], zone),
        all_day=event.all_day,
        cancelled=entry[CANCELLED],
        moved=entry[MOVED],
        note=entry[NOTE],
        change=entry[CHANGE],
        in_series=event.is_series,
    )
