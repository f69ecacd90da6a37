"""Every email a registrant gets, in their language, with their own links.

Each goes through the site's email queue (``cms.mail.QueuedEmailBackend``, docs/decisions/0060)
like any other: nothing here talks to a mail server. Every email to someone who still holds a
registration carries the cancel link (the thank-you too); those saying it has ended (cancelled,
lapsed, the event cancelled) have nothing to cancel. Emails that give or change a place in the
person's calendar carry an iTIP invitation (``itip.py``): ``text/calendar; method=REQUEST`` (or
``CANCEL``) as an alternative part, as calendars expect, and the same as ``invite.ics``.
"""

from __future__ import annotations

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from cms.addresses import absolute_url
from cms.language_fallback import reader_address

from . import itip
from .dates import occurrence_for
from .tokens import make_token

SUBJECTS = {
    "confirm": _("Please confirm your registration: %(title)s"),
    "already": _("Your registration: %(title)s"),
    "place": _("You have a place: %(title)s"),
    "waiting": _("You are on the waiting list: %(title)s"),
    "offer": _("A place is free for you: %(title)s"),
    "lapsed": _("The place we offered you has gone to the next person: %(title)s"),
    "cancelled": _("Your registration is cancelled: %(title)s"),
    "change": _("Change to %(title)s"),
    "event_cancelled": _("Cancelled: %(title)s"),
    "join": _("How to join: %(title)s"),
    "reminder": _("Reminder: %(title)s"),
    "thanks": _("Thank you for coming: %(title)s"),
}


def page_in_language(registrant):
    """The event page in the registrant's language (its translation if live), for links."""
    page = registrant.page
    language = registrant.language
    if language and page.locale.language_code != language:
        translated = (
            type(page)
            .objects.live()
            .filter(translation_key=page.translation_key, locale__language_code=language)
            .first()
        )
        if translated is not None:
            return translated
    return page


def address_in_language(registrant, page, url: str) -> str:
    """``url`` of ``page`` (from ``page_in_language``) at the registrant's language's address
    even when the event is not translated into it: that address shows the original with a
    notice in their language (cms/language_fallback.py)."""
    language = registrant.language
    if language and page.locale.language_code != language and language in dict(settings.LANGUAGES):
        return reader_address(url, language)
    return url


def personal_url(registrant, action: str = "") -> str:
    page = page_in_language(registrant)
    path = page.url + page.reverse_subpage("registration_view", kwargs={"token": make_token(registrant)})
    return absolute_url(address_in_language(registrant, page, path) + (f"{action}/" if action else ""))


def _story_url(registrant) -> str:
    """The case-study form with this event ticked (``?event=``, members/submissions/forms.py):
    what they send in becomes a response to it. Signing in or up keeps the address (``next``)."""
    try:
        return absolute_url(reverse("members:submission_new")) + f"?event={registrant.page_id}"
    except NoReverseMatch:
        return ""


def send(registrant, kind: str, *, subject: str = "", text: str = "", now=None) -> None:
    """Queue the ``kind`` email for ``registrant`` (``subject``/``text`` for an organiser's message)."""
    now = now or timezone.now()
    with translation.override(registrant.language or settings.LANGUAGE_CODE):
        page = page_in_language(registrant)
        occurrence = occurrence_for(registrant.page, registrant.occurrence_date)
        context = {
            "registrant": registrant,
            "page": page,
            "occurrence": occurrence,
            "zone": page.zone.key,
            "event_url": absolute_url(address_in_language(registrant, page, page.url)),
            "personal_url": personal_url(registrant),
            "confirm_url": personal_url(registrant, "confirm"),
            "accept_url": personal_url(registrant, "accept"),
            "cancel_url": personal_url(registrant, "cancel"),
            "story_url": _story_url(registrant),
            "site_name": settings.WAGTAIL_SITE_NAME,
            "message_text": text,
            "join_disclosed": kind == "join",
        }
        calendar = _calendar(registrant, kind, occurrence, now)
        context["calendar_cancelled"] = calendar is not None and calendar[1] == "CANCEL"
        called_off = registrant.page.status == "cancelled" or (occurrence is not None and occurrence.cancelled)
        template = "event_cancelled" if kind == "change" and called_off else kind
        body = render_to_string(f"events/registration/email/{template}.txt", context)
        subject = subject or str(SUBJECTS[template] % {"title": page.title})
    message = EmailMultiAlternatives(
        subject=subject.replace("\n", " ").strip(),
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[registrant.email],
        headers={"Auto-Submitted": "auto-generated"},
    )
    if calendar is not None:
        ics, method = calendar
        message.attach_alternative(ics, f"text/calendar; method={method}")
        message.attach("invite.ics", ics, f"text/calendar; method={method}")
    message.send()


def _calendar(registrant, kind: str, occurrence, now):
    """(iCalendar text, method) for emails that change the person's calendar, else None; records
    what was sent on the registrant (the SEQUENCE never goes back)."""
    from .models import Status

    page = registrant.page
    if occurrence is None:
        return None
    cancelled = page.status == "cancelled" or occurrence.cancelled
    if kind == "place":
        method = "CANCEL" if cancelled else "REQUEST"
        sequence = max(page.ical_sequence, registrant.known_sequence)
    elif kind == "change" and registrant.invited and registrant.status == Status.CONFIRMED:
        method, sequence = ("CANCEL" if cancelled else "REQUEST"), max(page.ical_sequence, registrant.known_sequence)
    elif kind == "cancelled" and registrant.invited:
        method, sequence = "CANCEL", max(page.ical_sequence, registrant.known_sequence) + 1
    else:
        if kind == "change":
            registrant.known_sequence = max(page.ical_sequence, registrant.known_sequence)
            registrant.save(update_fields=["known_sequence"])
        return None
    ics = itip.invitation(registrant, occurrence, method=method, sequence=sequence, now=now)
    registrant.known_sequence, registrant.invited = sequence, method == "REQUEST"
    registrant.save(update_fields=["known_sequence", "invited"])
    return ics, method
