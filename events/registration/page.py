"""What the event page shows about registration: places left (counts only), the way to
register, and — on a registrant's own page or when they are signed in — their registration
and, from the event's lead time, the joining link."""

from __future__ import annotations

from cms.language_fallback import reader_url

from .dates import occurrence_for, open_occurrences
from .models import Status
from .public import registration_of
from .tokens import make_token


def registration_context(request, page, now, *, places: dict, registrant=None, token: str = "") -> dict:
    if not page.registers_here:
        return {}
    context = {
        "register_url": reader_url(request, page.get_url(request) + page.reverse_subpage("register_view")),
        "registration_open": bool(open_occurrences(page, now)) and page.status not in ("cancelled", "postponed"),
        "places": places,
        "single_places": next(iter(places.values()), None) if not page.is_series else None,
    }
    if registrant is None:
        registrant = registration_of(getattr(request, "user", None), page)
        token = make_token(registrant) if registrant is not None else ""
    if registrant is None:
        return context
    occurrence = occurrence_for(registrant.page, registrant.occurrence_date)
    personal_url = reader_url(
        request, page.get_url(request) + page.reverse_subpage("registration_view", kwargs={"token": token})
    )
    in_window = {o.original_start for o in page.join_window_occurrences(now)}
    personal_join = (
        registrant.status == Status.CONFIRMED and occurrence is not None and occurrence.original_start in in_window
    )
    context.update(
        {
            "registrant": registrant,
            "registration_occurrence": occurrence,
            "personal_url": personal_url,
            "personal_join": personal_join,
        }
    )
    if personal_join:
        context["join_disclosed"] = True
    return context
