"""Every occurrence of every listed event, for the events index.

The events index lists one entry per date of a series, so it cannot page in SQL: it needs the
dates first. They are computed from the schedule columns alone (two ``values()`` queries, no
page objects), as plain tuples, and only the dozen entries a page shows become
``Occurrence`` objects, with their event pages loaded in one query. (The cost still grows
with the number of events listed: see docs/performance.md.)
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from types import SimpleNamespace

from events import conf
from events.occurrences import Occurrence, Schedule, expand, localize

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

# Positions in an entry tuple.
START, END, PK, NAIVE_START, NAIVE_END, NAIVE_ORIGINAL, CANCELLED, MOVED, NOTE = range(9)

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


def timeline(index, now: datetime) -> list[tuple[int, bool, list[tuple]]]:
    """``[(event pk, is series, entries sorted by start)]`` for the index's listable events.

    Covers [1970, end of ``now``'s UTC day + the future window): every range a listing asks for.
    """
    day = now.astimezone(UTC).date()
    window = conf.feed_future_window()
    until = datetime.combine(day + timedelta(days=1), time(0), tzinfo=UTC) + window
    return _build(index, until)


def _build(index, until: datetime) -> list:
    from events.models import OccurrenceChange

    # The same events the listing used to load: live children, no restriction of their own.
    events = index.events().for_listing(public=False).order_by("starts_at", "pk").values(*SCHEDULE_FIELDS)
    rows = list(events)
    changes: dict[int, dict] = {}
    for change in OccurrenceChange.objects.filter(page_id__in=[row["pk"] for row in rows]).values(*CHANGE_FIELDS):
        changes.setdefault(change["page_id"], {})[change["occurrence_date"]] = SimpleNamespace(**change)
    result = []
    for row in rows:
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
        entries = [
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
            )
            for o in expand(None, schedule, changes.get(row["pk"], {}), start=EPOCH, end=until)
        ]
        result.append((row["pk"], bool(repeat), entries))
    return result


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
        in_series=event.is_series,
    )
