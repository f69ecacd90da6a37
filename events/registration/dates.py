"""Which occurrence a registration is for, and which dates are open for registration."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from events import conf


def occurrence_for(page, occurrence_date):
    """The occurrence a registration is for: the single event (``occurrence_date`` None), or the
    date of the series as the series has it (a moved date is found by its original date)."""
    if occurrence_date is None or not page.is_series:
        found = page.occurrences_between(page.start - timedelta(days=1), page.end + timedelta(days=1))
        return found[0] if found else None
    start = datetime.combine(occurrence_date, time.min, tzinfo=page.zone)
    for occurrence in page.occurrences_between(start - timedelta(days=400), start + timedelta(days=400)):
        if occurrence.original_start.date() == occurrence_date:
            return occurrence
    return None


def key_of(occurrence):
    """The ``occurrence_date`` stored for a registration for this occurrence."""
    return occurrence.original_start.date() if occurrence.in_series else None


def open_occurrences(page, now=None) -> list:
    """Occurrences people can still register for: not cancelled and not yet started."""
    now = now or timezone.now()
    if page.is_series:
        found = page.occurrences_between(now, now + conf.index_series_horizon())
    else:
        found = page.occurrences_between(page.start - timedelta(days=1), page.end + timedelta(days=1))
    return [o for o in found if not o.cancelled and o.start > now][:12]
