"""Change notices: when an event is published with a new time, place, format or status (or one
date of a series is moved or cancelled), everyone registered for what changed gets an email —
with a calendar update (same UID, higher SEQUENCE) or cancellation (``METHOD:CANCEL``) for
those whose calendar has it. Also: more places after an edit go to the people waiting."""

from __future__ import annotations

from django.db import transaction
from django.db.models.signals import Signal, post_delete
from wagtail.signals import page_published

from . import emails, seats
from .dates import occurrence_for
from .models import HOLDS_PLACE, Registrant, Status

NOTIFIED = (Status.CONFIRMED, Status.OFFERED, Status.WAITING)


def fingerprint(page, occurrence) -> str:
    """What a registrant is told about: when, where, how, and whether it happens."""
    if occurrence is None:
        return f"none|{page.status}"
    return "|".join(
        str(part)
        for part in (
            occurrence.start.isoformat(),
            occurrence.end.isoformat(),
            occurrence.cancelled,
            page.status,
            page.venue_id,
            page.effective_format,
        )
    )


def notify(page) -> int:
    """Send a notice to each registrant whose date changed since they last heard; returns how many."""
    sent = 0
    occurrences: dict = {}
    for registrant in Registrant.objects.filter(page=page, status__in=NOTIFIED).select_related("page"):
        registrant.page = page
        key = registrant.occurrence_date
        if key not in occurrences:
            occurrences[key] = occurrence_for(page, key)
        now_known = fingerprint(page, occurrences[key])
        if registrant.known_when and registrant.known_when != now_known:
            emails.send(registrant, "change")
            sent += 1
        if registrant.known_when != now_known:
            registrant.known_when = now_known
            registrant.save(update_fields=["known_when"])
    if page.registers_here and page.status not in ("cancelled", "postponed"):
        waiting = Registrant.objects.filter(page=page, status=Status.WAITING)
        for key in set(waiting.values_list("occurrence_date", flat=True)):
            seats.offer_free_places(page.pk, key)
    return sent


def _published(sender, instance, **kwargs) -> None:
    notify(instance)


def _deleted(sender, instance, **kwargs) -> None:
    """A registration deleted (with a member's account, say) frees its place for the next person."""
    if instance.status in HOLDS_PLACE:
        page_id, key = instance.page_id, instance.occurrence_date
        transaction.on_commit(lambda: seats.offer_free_places(page_id, key))


def connect(signal: Signal = page_published) -> None:
    from events.models import EventPage

    signal.connect(_published, sender=EventPage, dispatch_uid="events-registration-changes")
    post_delete.connect(_deleted, sender=Registrant, dispatch_uid="events-registration-deleted")
