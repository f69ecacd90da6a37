"""What the rest of the site may use of registration (the event page, JSON-LD, the members'
data register, the admin): availability without names, one person's registrations, and the
model for the register of personal data. Nothing else here is meant for other apps."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q

from cms.routing import loaded_original

from .dates import key_of, occurrence_for, open_occurrences
from .models import ACTIVE, HOLDS_PLACE, Registrant, Status
from .tokens import find as find_by_token

__all__ = [
    "ACTIVE",
    "Availability",
    "Registrant",
    "Status",
    "availability",
    "canonical_page",
    "find_by_token",
    "key_of",
    "occurrence_for",
    "open_occurrences",
    "registration_of",
    "registrations_of",
]


@dataclass(frozen=True)
class Availability:
    capacity: int | None
    taken: int

    @property
    def remaining(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.taken)

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.taken >= self.capacity


def canonical_page(page):
    """The event in the default language: registrations for every translation are kept on it,
    so the places are shared. A translation served to a reader came with it (no query)."""
    original = loaded_original(page)
    if original is not None:
        return original
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return page
    default = {"locale__language_code": settings.LANGUAGE_CODE}
    return type(page).objects.filter(translation_key=page.translation_key, **default).first() or page


def availability(page, occurrences) -> dict:
    """``{iso date of the series (or the single event's date): Availability}`` from one query;
    counts only, never who."""
    canonical = canonical_page(page)
    counts = dict(
        Registrant.objects.filter(page=canonical, status__in=HOLDS_PLACE)
        .values("occurrence_date")
        .annotate(taken=Count("pk"))
        .values_list("occurrence_date", "taken")
    )
    return {
        o.original_start.date().isoformat(): Availability(canonical.capacity, counts.get(key_of(o), 0))
        for o in occurrences
    }


def registration_of(user, page):
    """A signed-in member's current registration for this event (its latest), or None."""
    if user is None or not user.is_authenticated:
        return None
    canonical = canonical_page(page)
    return (
        Registrant.objects.filter(page=canonical, user=user, status__in=ACTIVE)
        .select_related("page")
        .order_by("-created_at")
        .first()
    )


def registrations_of(user, emails):
    """Rows about a person: linked to their account or made with one of their addresses."""
    match = Q(user=user)
    for email in emails:
        match |= Q(email__iexact=email)
    return Registrant.objects.filter(match)
