"""The registration form and each registrant's own page, routed by ``EventPage``:
``<event>/register/``, ``<event>/register/sent/`` and ``<event>/registration/<token>/``
(with ``confirm/``, ``accept/`` and ``cancel/``).

Links in emails only ever show a page with a button: the change is made by the POST it sends,
so a mail scanner that opens every link confirms or cancels nothing. Every personal response
is ``private, no-store`` (no shared cache, the site's page cache included, keeps it),
``noindex``, and sends no ``Referer`` to other sites (the token is in its address).
"""

from __future__ import annotations

from allauth.account.models import EmailAddress
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms import ratelimit
from cms.language_fallback import reader_url

from . import seats
from .dates import key_of, open_occurrences
from .forms import RegistrationForm
from .public import availability, canonical_page
from .tokens import find

ACTIONS = ("confirm", "accept", "cancel")


def private(response):
    """Mark a response as one person's own."""
    patch_cache_control(response, private=True, no_store=True, max_age=0)
    response["X-Robots-Tag"] = "noindex, nofollow"
    # Never to another site (the token is in the address), but same-origin so the POST forms'
    # Origin header stays the site's own (with no-referrer, browsers send "null": CSRF refuses it).
    response["Referrer-Policy"] = "same-origin"
    return response


def _render(request, page, template, **context):
    full = page.get_context(request)
    full.update(context)
    return TemplateResponse(request, template, full)


def _initial(request) -> dict:
    user = request.user
    if not user.is_authenticated:
        return {}
    profile = getattr(user, "member_profile", None)
    name = getattr(profile, "display_name", "") or user.get_full_name() or ""
    return {"name": name, "email": user.email}


def _verified(request, email: str) -> bool:
    user = request.user
    if not user.is_authenticated:
        return False
    return EmailAddress.objects.filter(user=user, email__iexact=email, verified=True).exists()


def register(request, page):
    if not page.registers_here:
        raise Http404
    occurrences = open_occurrences(page) if page.status not in ("cancelled", "postponed") else []
    if not occurrences:
        return private(_render(request, page, "events/registration/closed.html"))
    places = availability(page, occurrences)
    form = RegistrationForm(
        request.POST or None, initial=_initial(request), occurrences=occurrences, availability=places
    )
    limited = request.method == "POST" and ratelimit.is_limited(request, "registration")
    if limited:
        ratelimit.refuse(form)
    elif request.method == "POST" and form.is_valid():
        if not form.is_spam():
            data = form.cleaned_data
            verified = _verified(request, data["email"])
            # The address typed is mailed (to confirm, or "already registered"): limited per
            # address, so nobody fills someone's inbox from many connections. A member's own
            # confirmed address is not mailed to confirm, and is not counted.
            limited = not verified and ratelimit.is_limited_for_recipient("registration_mail", data["email"])
            if limited:
                ratelimit.refuse(form, ratelimit.recipient_limited_message())
            else:
                seats.register(
                    canonical_page(page),
                    occurrence_date=key_of(form.chosen_occurrence()),
                    name=data["name"],
                    email=data["email"],
                    access_needs=data["access_needs"],
                    user=request.user,
                    language=get_language() or "",
                    verified=verified,
                )
        if not limited:
            return redirect(reader_url(request, page.url + page.reverse_subpage("registered_view")))
    response = _render(
        request,
        page,
        "events/registration/register.html",
        form=form,
        route_title=_("Register"),
        places=places,
        single=len(occurrences) == 1,
        only_occurrence=occurrences[0],
        available=places.get(occurrences[0].original_start.date().isoformat()) if len(occurrences) == 1 else None,
    )
    return private(ratelimit.mark_limited(response) if limited else response)


def registered(request, page):
    if not page.registers_here:
        raise Http404
    return private(_render(request, page, "events/registration/sent.html", route_title=_("Check your email")))


def personal(request, page, token: str, action: str = ""):
    registrant = find(token)
    if registrant is None or registrant.page.translation_key != page.translation_key or action not in ("", *ACTIONS):
        raise Http404
    if action and request.method == "POST":
        {"confirm": seats.confirm, "accept": seats.accept, "cancel": seats.cancel}[action](registrant)
        url = page.url + page.reverse_subpage("registration_view", kwargs={"token": token})
        return redirect(reader_url(request, url))
    registrant.refresh_from_db()
    if action:
        return private(
            _render(
                request,
                page,
                "events/registration/action.html",
                registrant=registrant,
                action=action,
                route_title=_("Your registration"),
            )
        )
    from events.views import event_detail

    return private(event_detail(request, page, registrant=registrant, token=token))
