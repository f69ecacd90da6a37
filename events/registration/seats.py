"""Places and the waiting list: every change of who holds a place happens here, under a lock.

Each change runs in a transaction that first locks the event's row (``SELECT … FOR UPDATE``
on ``events_eventpage``), then counts the places held and writes. Two people confirming the
last place at the same moment are serialised by that lock: the second counts after the first
has committed, and joins the waiting list (tests/events/test_registration_concurrency.py, on
PostgreSQL; SQLite serialises writers by itself). Emails are queued inside the same
transaction, so a change that rolls back sends nothing (docs/decisions/0060).
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone

from . import conf, emails
from .dates import occurrence_for
from .models import HOLDS_PLACE, Registrant, Status


def _lock_event(page_id: int):
    """Lock the event's row until the transaction ends; its live capacity (None: no limit)."""
    from events.models import EventPage

    rows = list(EventPage.objects.select_for_update(of=("self",)).filter(pk=page_id).values_list("capacity"))
    return rows[0][0] if rows else None


def _lock_registrant(registrant) -> Registrant:
    return Registrant.objects.select_for_update(of=("self",)).select_related("page").get(pk=registrant.pk)


def places_taken(page_id: int, occurrence_date) -> int:
    return Registrant.objects.filter(page_id=page_id, occurrence_date=occurrence_date, status__in=HOLDS_PLACE).count()


def _has_room(capacity, page_id, occurrence_date) -> bool:
    return capacity is None or places_taken(page_id, occurrence_date) < capacity


def register(page, *, occurrence_date, name, email, access_needs="", user=None, language="", verified=False):
    """A new registration, or the person's existing one for the same date (they are sent their
    link again: the screen says the same either way, so nobody learns who else registered).
    ``verified``: the address is a signed-in member's confirmed one, so no confirmation email."""
    existing = (
        Registrant.objects.active()
        .filter(page=page, occurrence_date=occurrence_date, email__iexact=email)
        .select_related("page")
        .first()
    )
    if existing is not None:
        emails.send(existing, "already")
        return existing
    from .changes import fingerprint

    registrant = Registrant.objects.create(
        page=page,
        known_when=fingerprint(page, occurrence_for(page, occurrence_date)),
        occurrence_date=occurrence_date,
        name=name,
        email=email,
        access_needs=access_needs,
        user=user if user is not None and user.is_authenticated else None,
        language=language,
        known_sequence=page.ical_sequence,
    )
    if verified:
        confirm(registrant)
    else:
        emails.send(registrant, "confirm")
    return registrant


def confirm(registrant, now=None) -> str:
    """The address is confirmed: a place if one is free, else the waiting list."""
    now = now or timezone.now()
    with transaction.atomic():
        capacity = _lock_event(registrant.page_id)
        registrant = _lock_registrant(registrant)
        if registrant.status != Status.PENDING:
            return registrant.status
        if _has_room(capacity, registrant.page_id, registrant.occurrence_date):
            _give_place(registrant, now)
        else:
            registrant.status, registrant.waiting_since = Status.WAITING, now
            registrant.save(update_fields=["status", "waiting_since"])
            emails.send(registrant, "waiting")
        return registrant.status


def accept(registrant, now=None) -> str:
    """Take an offered place, if the offer is still open."""
    now = now or timezone.now()
    with transaction.atomic():
        _lock_event(registrant.page_id)
        registrant = _lock_registrant(registrant)
        if registrant.status != Status.OFFERED:
            return registrant.status
        if registrant.offer_expires_at and registrant.offer_expires_at <= now:
            _lapse(registrant, now)
            return registrant.status
        _give_place(registrant, now)
        return registrant.status


def cancel(registrant, now=None) -> str:
    """The person withdraws; a place they held goes to the first person waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        _lock_event(registrant.page_id)
        registrant = _lock_registrant(registrant)
        if registrant.status in (Status.CANCELLED, Status.EXPIRED):
            return registrant.status
        held = registrant.holds_place
        registrant.status, registrant.cancelled_at = Status.CANCELLED, now
        registrant.save(update_fields=["status", "cancelled_at"])
        emails.send(registrant, "cancelled")
        if held:
            _offer_free_places(registrant.page_id, registrant.occurrence_date, now)
        return registrant.status


def offer_free_places(page_id: int, occurrence_date, now=None) -> int:
    """Offer every free place to the people waiting longest (after a cancellation, an expired
    offer or more places). Returns how many offers were made."""
    with transaction.atomic():
        _lock_event(page_id)
        return _offer_free_places(page_id, occurrence_date, now or timezone.now())


def expire_offers(now=None) -> int:
    """Offers past their deadline lapse; their places go to the next people waiting."""
    now = now or timezone.now()
    lapsed = 0
    due = Registrant.objects.filter(status=Status.OFFERED, offer_expires_at__lte=now).values_list("pk", "page_id")
    for pk, page_id in list(due):
        with transaction.atomic():
            _lock_event(page_id)
            registrant = Registrant.objects.select_for_update(of=("self",)).select_related("page").get(pk=pk)
            if registrant.status == Status.OFFERED and registrant.offer_expires_at <= now:
                _lapse(registrant, now)
                lapsed += 1
    return lapsed


def lapse_unconfirmed(now=None) -> int:
    """Registrations whose address was never confirmed lapse (they held no place)."""
    now = now or timezone.now()
    return Registrant.objects.filter(status=Status.PENDING, created_at__lt=now - conf.pending_window()).update(
        status=Status.EXPIRED
    )


# --- Inside the lock ---------------------------------------------------------------------------


def _give_place(registrant, now) -> None:
    registrant.status, registrant.confirmed_at = Status.CONFIRMED, now
    registrant.offer_expires_at = None
    registrant.save(update_fields=["status", "confirmed_at", "offer_expires_at"])
    emails.send(registrant, "place")


def _lapse(registrant, now) -> None:
    registrant.status = Status.EXPIRED
    registrant.save(update_fields=["status"])
    emails.send(registrant, "lapsed")
    _offer_free_places(registrant.page_id, registrant.occurrence_date, now)


def _offer_free_places(page_id: int, occurrence_date, now) -> int:
    from events.models import EventPage

    page = EventPage.objects.filter(pk=page_id).first()
    occurrence = occurrence_for(page, occurrence_date) if page is not None else None
    if occurrence is None or occurrence.cancelled or occurrence.start <= now or not page.registers_here:
        return 0
    waiting = Registrant.objects.filter(page_id=page_id, occurrence_date=occurrence_date, status=Status.WAITING)
    waiting = waiting.order_by("waiting_since", "pk")
    if page.capacity is not None:
        free = page.capacity - places_taken(page_id, occurrence_date)
        if free <= 0:
            return 0
        waiting = waiting[:free]
    deadline = min(now + conf.offer_window(), occurrence.start)
    offered = 0
    for registrant in waiting.select_related("page"):
        registrant.status, registrant.offered_at, registrant.offer_expires_at = Status.OFFERED, now, deadline
        registrant.save(update_fields=["status", "offered_at", "offer_expires_at"])
        emails.send(registrant, "offer")
        offered += 1
    return offered
