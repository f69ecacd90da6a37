"""Views behind the routable index and event pages: listings, the event page, calendar files."""

from __future__ import annotations

import hashlib
from datetime import timedelta

from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.addresses import absolute_url
from cms.language_fallback import reader_url
from cms.untranslated import with_originals
from events import conf
from events.ical import CalendarBuilder, original_identities
from events.listing import (
    EventFilters,
    area_options,
    list_occurrences,
    month_options,
    page_of,
    tag_options,
    with_cards,
)
from events.models.schedule import OccurrenceChange, attach_changes
from events.registration.page import registration_context
from events.registration.public import availability
from events.registration.views import private
from events.structured import calendar_links, event_json_ld, json_ld_script

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def listing(request, index, *, past: bool):
    now = timezone.now()
    tags, areas = tag_options(index), area_options()
    filters = EventFilters.from_query(request.GET, tags=tags, areas=areas)
    occurrences = list_occurrences(index, filters, past=past, now=now, request=request)
    page_obj = page_of(request, occurrences)
    month_choices = month_options(now, past)
    query = filters.query_string()
    context = index.get_context(request)
    context.update(
        {
            "past": past,
            "now": now,
            "filters": filters,
            "filter_chips": filters.chips(tags, areas),
            "tag_choices": tags,
            "area_choices": areas,
            "month_choices": month_choices,
            "format_choices": _format_choices(),
            "page_obj": page_obj,
            "occurrences": with_cards(request, index, page_obj, past=past).object_list,
            "query_prefix": f"{query}&" if query else "",
            "feed_url": index.file_url("feed_view", request),
            "feed_webcal": _webcal(absolute_url(index.file_url("feed_view", request))),
            "listing_url": index.get_url(request) + (index.reverse_subpage("past_view") if past else ""),
        }
    )
    return TemplateResponse(request, "events/event_index_page.html", context)


def _webcal(url: str) -> str:
    return url.replace("https://", "webcal://", 1).replace("http://", "webcal://", 1)


def _format_choices():
    from events.models.choices import EventFormat

    return EventFormat.choices


def event_detail(request, page, *, registrant=None, token: str = ""):
    # Organisers and date changes are read by the page, its JSON-LD and its calendar links:
    # fetch each once (a translation's notes with their originals, for the untranslated
    # marks). A new page previewed before its first save has no rows to fetch yet.
    if page.pk is not None:
        changes = Prefetch("occurrence_changes", queryset=with_originals(OccurrenceChange.objects.all()))
        prefetch_related_objects([page], "organisers", changes)
    now = timezone.now()
    window_end = now + conf.feed_future_window()
    if page.is_series:
        upcoming = list(page.occurrences_between(now, window_end))
        recent = [o for o in page.occurrences_between(now - timedelta(days=365), now) if o.end <= now][-3:]
    else:
        upcoming = list(page.occurrences_between(page.start - timedelta(days=1), page.end + timedelta(days=1)))
        recent = []
    featured = next((o for o in upcoming if o.end > now and not o.cancelled), None) or (upcoming or recent or [None])[0]
    if featured is None:  # a series whose every date is past the window: show its first date
        featured = page.occurrences_between(page.start - timedelta(days=1), page.end + timedelta(days=1))[0]
    page_url = page.get_full_url(request)
    own_url = page.get_url(request) or ""
    # The index's address is this page's minus its slug: no query for the parent.
    index_url = own_url[: -len(page.slug) - 1] if own_url.endswith(f"{page.slug}/") else own_url
    # At the reader's address for an original shown in the reader's language: a subscription
    # made there follows the translation once it is published (same UID, updated in place).
    own_ics = reader_url(request, page.ics_url_for(request))
    ics_url = absolute_url(own_ics)
    json_ld_occurrences = [o for o in upcoming if o.end > now] or [featured]
    places = availability(page, json_ld_occurrences) if page.registers_here else {}
    context = page.get_context(request)
    context.update(
        {
            "now": now,
            "index_url": index_url,
            "featured": featured,
            "is_past": featured.end <= now and not any(o.end > now for o in upcoming),
            "upcoming_occurrences": [o for o in upcoming if o.end > now] if page.is_series else [],
            "recent_occurrences": recent,
            "join_disclosed": page.join_disclosed(now),
            "join_lead_hours": int(page.join_lead.total_seconds() // 3600),
            "structured_data": json_ld_script(
                event_json_ld(page, json_ld_occurrences, page_url=page_url, now=now, places=places)
            ),
            # The download is a same-site link (``download`` needs the page's own origin);
            # the links calendars keep (webcal, Google, Outlook) are on BASE_URL.
            "calendar": calendar_links(page, featured, ics_url=ics_url, page_url=page_url) | {"ics": own_ics},
        }
    )
    context.update(registration_context(request, page, now, places=places, registrant=registrant, token=token))
    context["dates_html"] = _dates_html(request, page, context["upcoming_occurrences"], recent)
    context["topics_html"] = _topics_html(request, page, index_url)
    response = TemplateResponse(request, "events/event_page.html", context)
    if context.get("registrant") is not None:
        private(response)  # one person's page: never in a shared cache, the page cache included
    return response


def _dates_html(request, page, upcoming, recent) -> str:
    """A series' list of dates (the dates with their changes)."""
    if not page.is_series:
        return ""
    context = {"page": page, "upcoming_occurrences": upcoming, "recent_occurrences": recent, "request": request}
    return render_to_string("events/components/event_dates.html", context)


def _topics_html(request, page, index_url: str) -> str:
    """Tags, framework areas and responses."""
    context = {"page": page, "index_url": index_url, "request": request}
    return render_to_string("events/components/event_topics.html", context)


def calendar_response(request, body: bytes, last_modified, filename: str, *, attachment: bool):
    """A calendar file with validators: same bytes → same ETag → 304 on a repeat GET."""
    response = HttpResponse(body, content_type=CALENDAR_TYPE)
    response["ETag"] = f'"{hashlib.sha256(body).hexdigest()[:40]}"'
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    patch_cache_control(response, public=True, max_age=900)
    return get_conditional_response(
        request,
        etag=response["ETag"],
        last_modified=int(last_modified.timestamp()) if last_modified else None,
        response=response,
    )


def calendar_language(request, page) -> str:
    """The language of a calendar file's text: the reader's; for an original served at the
    reader's address (cms/language_fallback.py), the original's, so the whole file is the
    original's calendar in one language (its ``LANGUAGE`` tags and fixed text agree)."""
    if getattr(request, "language_fallback", None):
        return page.locale.language_code
    return get_language() or ""


def feed(request, index, *, tag: str = "", area: str = ""):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    language = calendar_language(request, index)
    with translation.override(language):
        return _feed(request, index, tag=tag, area=area, language=language)


def _feed(request, index, *, tag: str, area: str, language: str):
    now = timezone.now().replace(microsecond=0)
    events = index.events().for_feed().in_feed_window(now)
    site_name = getattr(Site.find_for_request(request), "site_name", "") or "Social Action Hub"
    name = _("%(site)s events") % {"site": site_name}
    filename = "events.ics"
    if tag:
        tags = tag_options(index)
        if tag not in tags:
            raise Http404
        events = events.tagged(tag)
        name = _("%(site)s events: %(tag)s") % {"site": site_name, "tag": tags[tag]}
        filename = f"events-{tag}.ics"
    if area:
        areas = area_options()
        if area not in areas:
            raise Http404
        events = events.in_area(area)
        name = _("%(site)s events: %(area)s") % {"site": site_name, "area": areas[area]}
        filename = f"events-{area}.ics"
    # The index is in the reader's language (/cy/events/ is the Welsh tree), so are its events;
    # the calendar's name and fixed text follow the active language.
    events = list(events)
    attach_changes(events)
    builder = CalendarBuilder(
        name=name,
        description=index.introduction or _("Forums, workshops and gatherings of the network."),
        url=absolute_url(request.get_full_path()),
        now=now,
        request=request,
        language=language,
        identities=original_identities(events),
    )
    builder.add_all(events)
    return calendar_response(request, builder.to_ical(), builder.last_modified, filename, attachment=False)


def event_ics(request, page):
    if request.method not in ("GET", "HEAD"):
        return HttpResponseNotAllowed(["GET", "HEAD"])
    language = calendar_language(request, page)
    with translation.override(language):
        return _event_ics(request, page, language)


def _event_ics(request, page, language: str):
    builder = CalendarBuilder(
        name=page.title,
        description=page.summary,
        url=absolute_url(request.get_full_path()),
        now=timezone.now().replace(microsecond=0),
        request=request,
        language=language,
        identities=original_identities([page]),
    )
    builder.add(page)
    return calendar_response(request, builder.to_ical(), builder.last_modified, f"{page.slug}.ics", attachment=True)
