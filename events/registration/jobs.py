"""The registration work that waits for a time, run every few minutes by
``manage.py registrations`` (deploy/systemd/hub-registrations.timer): offers past their
deadline go to the next person, unconfirmed registrations lapse, the joining link goes out at
each event's lead time, reminders at the editor's offsets, a thank-you after the end, and
registrants' details are wiped a set time after their event. Each step is idempotent: what was
sent is recorded on the registrant, so running twice sends nothing twice."""

from __future__ import annotations

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from . import conf, emails, seats
from .dates import occurrence_for
from .models import Registrant, Status

THANKS_WITHIN = timedelta(days=7)  # a thank-you later than this would be odd: none is sent


class _Occurrences(dict):
    """Each (event, date)'s occurrence, found once per run."""

    def of(self, registrant):
        key = (registrant.page_id, registrant.occurrence_date)
        if key not in self:
            self[key] = occurrence_for(registrant.page, registrant.occurrence_date)
        return self[key]


def run(now=None) -> dict:
    now = now or timezone.now()
    occurrences = _Occurrences()
    return {
        "offers lapsed": seats.expire_offers(now),
        "unconfirmed lapsed": seats.lapse_unconfirmed(now),
        "joining links": send_join_links(now, occurrences),
        "reminders": send_reminders(now, occurrences),
        "thank-yous": send_thanks(now, occurrences),
        "details deleted": anonymise(now, occurrences),
    }


def _confirmed(now):
    """Confirmed registrants of events not long over (a series has no last end, or a late one)."""
    return (
        Registrant.objects.filter(status=Status.CONFIRMED, anonymised_at__isnull=True)
        .filter(page__live=True)
        .exclude(page__last_ends_at__lt=now - THANKS_WITHIN)
        .select_related("page")
    )


def _mail_and_record(registrant, kind, now, **fields) -> None:
    """Send one email and record on the registrant that it went, in one transaction: the email
    is queued only if the record is saved, so a failed run sends nothing twice."""
    with transaction.atomic():
        emails.send(registrant, kind, now=now)
        for name, value in fields.items():
            setattr(registrant, name, value)
        registrant.save(update_fields=list(fields))


def send_join_links(now, occurrences) -> int:
    sent = 0
    windows = {}  # page id -> the original starts of its dates now in the joining window
    for registrant in _confirmed(now).filter(join_sent_at__isnull=True, page__registration="site"):
        page, occurrence = registrant.page, occurrences.of(registrant)
        if occurrence is None or not page.joinable:
            continue
        if page.pk not in windows:
            windows[page.pk] = {o.original_start for o in page.join_window_occurrences(now)}
        if occurrence.original_start in windows[page.pk]:
            _mail_and_record(registrant, "join", now, join_sent_at=now)
            sent += 1
    return sent


def send_reminders(now, occurrences) -> int:
    """At most one reminder per run and person: the latest offset that has come (earlier ones
    that were missed are counted as sent)."""
    sent = 0
    for registrant in _confirmed(now).exclude(page__reminder_hours=[]):
        occurrence = occurrences.of(registrant)
        if occurrence is None or occurrence.cancelled or occurrence.start <= now:
            continue
        due = [
            hours
            for hours in registrant.page.reminder_hours or []
            if hours not in registrant.reminders_sent and occurrence.start - timedelta(hours=hours) <= now
        ]
        if not due:
            continue
        _mail_and_record(registrant, "reminder", now, reminders_sent=sorted({*registrant.reminders_sent, *due}))
        sent += 1
    return sent


def send_thanks(now, occurrences) -> int:
    sent = 0
    for registrant in _confirmed(now).filter(thanked_at__isnull=True).exclude(page__status="cancelled"):
        occurrence = occurrences.of(registrant)
        if occurrence is None or occurrence.cancelled or not (occurrence.end <= now < occurrence.end + THANKS_WITHIN):
            continue
        _mail_and_record(registrant, "thanks", now, thanked_at=now)
        sent += 1
    return sent


def anonymise(now, occurrences) -> int:
    """Wipe who registered, a set time after their date ended; the rows (so the counts) stay."""
    cutoff = now - conf.retention()
    wiped = 0
    candidates = Registrant.objects.filter(anonymised_at__isnull=True).select_related("page")
    candidates = candidates.exclude(page__last_ends_at__gt=cutoff)  # single events: ended before the cutoff
    for registrant in candidates.iterator():
        occurrence = occurrences.of(registrant)
        if occurrence is not None and occurrence.end > cutoff:
            continue
        wipe(registrant, now)
        wiped += 1
    return wiped


def wipe(registrant, now=None) -> None:
    registrant.name, registrant.email, registrant.access_needs, registrant.user = "", "", "", None
    registrant.anonymised_at = now or timezone.now()
    registrant.nonce = ""  # no personal link works any more
    registrant.save(update_fields=["name", "email", "access_needs", "user", "anonymised_at", "nonce"])
