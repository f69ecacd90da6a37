"""VTIMEZONE components generated from zoneinfo, one observance per transition (events.ical)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import lru_cache

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

from events.occurrences import get_zone


@lru_cache(maxsize=128)
def vtimezone(zone_name: str, first_year: int, last_year: int) -> Timezone:
    """A VTIMEZONE for the zone covering whole years (cached: generating one walks the rules).

    Each transition is its own observance with its own ``DTSTART`` (local time in the offset
    it replaces, RFC 5545 3.6.5) and no ``RDATE``. ``icalendar``'s ``Timezone.from_tzid``
    writes each kind of observance once, with later transitions in ``RDATE``; ical.js (the
    engine of Thunderbird and several web calendars) then ignores the first ``DTSTART``, so
    every first summer of a feed comes out an hour late.
    """
    zone = get_zone(zone_name)
    start = datetime(first_year, 1, 1, tzinfo=zone)
    observances = [_observance(start, start.utcoffset(), start.astimezone(UTC))]
    for before, after in _transitions(zone, start.astimezone(UTC), datetime(last_year + 1, 1, 1, tzinfo=zone)):
        observances.append(_observance(after.astimezone(zone), before.astimezone(zone).utcoffset(), after))
    vtimezone = Timezone()
    vtimezone.add("TZID", zone_name)
    for observance in observances:
        vtimezone.add_component(observance)
    return vtimezone


def _transitions(zone, moment: datetime, end: datetime):
    """(last instant before, first instant after) each change of UTC offset, to the second."""
    step = timedelta(days=1)
    while moment < end:
        following = moment + step
        if moment.astimezone(zone).utcoffset() != following.astimezone(zone).utcoffset():
            low, high = moment, following
            while high - low > timedelta(seconds=1):
                middle = low + (high - low) / 2
                if middle.astimezone(zone).utcoffset() == low.astimezone(zone).utcoffset():
                    low = middle
                else:
                    high = middle
            yield low, high
        moment = following


def _observance(local: datetime, offset_from: timedelta, instant: datetime):
    observance = TimezoneStandard() if not local.dst() else TimezoneDaylight()
    observance.add("DTSTART", (instant + offset_from).replace(tzinfo=None, microsecond=0))
    observance.add("TZNAME", local.tzname())
    observance.add("TZOFFSETFROM", offset_from)
    observance.add("TZOFFSETTO", local.utcoffset())
    return observance
