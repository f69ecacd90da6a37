"""What an event page tells machines: schema.org JSON-LD and "add to calendar" links.

JSON-LD goes in ``<script type="application/ld+json">``: data, not script. It is built with
``json.dumps`` and ``<``, ``>`` and ``&`` are escaped as ``\\u003C`` etc., so no value typed by
an editor can close the element. Joining links appear only once disclosed.
"""

from __future__ import annotations

import json
from datetime import timedelta
from urllib.parse import urlencode, urljoin

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cms.addresses import absolute_url
from cms.renditions import SHARE_CARD_SPEC, SITE_SHARE_CARD, share_picture
from events.ical import CalendarBuilder
from events.models.choices import SCHEMA_ATTENDANCE, SCHEMA_STATUS, EventStatus
from events.occurrences import get_zone

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
MAX_SERIES_ENTRIES = 10


def json_ld_script(data) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - escaped above


def _when(occurrence, moment):
    return moment.date().isoformat() if occurrence.all_day else moment.isoformat()


def _place(venue) -> dict:
    address = {"@type": "PostalAddress"}
    for key, value in (
        ("streetAddress", venue.street_address),
        ("addressLocality", venue.locality),
        ("postalCode", venue.postal_code),
        ("addressCountry", venue.country),
    ):
        if value:
            address[key] = value
    return {"@type": "Place", "name": venue.name, "address": address}


def _image_url(page, page_url: str) -> str:
    """The page's social image, else its lead image, else the site's share card (as og:image
    does, cms/templatetags/share_tags.py), as an absolute URL."""
    image = share_picture(page)
    url = image.get_rendition(SHARE_CARD_SPEC).url if image is not None else static(SITE_SHARE_CARD[0])
    return urljoin(page_url, url)


def _speakers(page) -> list[dict]:
    """Each speaker named in the programme, once, as a schema.org Person."""
    seen, people = set(), []
    for item in page.programme:
        for person in item.value.speaker_list():
            if person.pk in seen:
                continue
            seen.add(person.pk)
            entry = {"@type": "Person", "name": person.name}
            if person.organisation:
                entry["affiliation"] = {"@type": "Organization", "name": person.organisation}
            people.append(entry)
    return people


def _publisher() -> dict:
    return {"@type": "Organization", "name": settings.WAGTAIL_SITE_NAME, "url": absolute_url("/")}


def _offer(page, page_url: str, available) -> dict:
    """The schema.org Offer: the price (free unless the editor gave one), where to register and
    whether places are left (``SoldOut`` when full or cancelled). Counts only, never who."""
    if page.registration == "link" and page.registration_url:
        url = page.registration_url
    elif page.registers_here:
        url = urljoin(page_url, page.reverse_subpage("register_view"))
    else:
        url = page_url
    sold_out = page.status == EventStatus.CANCELLED or (available is not None and available.full)
    offer = {
        "@type": "Offer",
        "price": f"{page.price:.2f}" if page.price else "0",
        "priceCurrency": "GBP",
        "url": url,
        "availability": "https://schema.org/SoldOut" if sold_out else "https://schema.org/InStock",
    }
    if available is not None and available.remaining is not None:
        offer["inventoryLevel"] = {"@type": "QuantitativeValue", "value": available.remaining}
    return offer


def event_json_ld(page, occurrences, *, page_url: str, now, places=None) -> list[dict]:
    """One schema.org Event per listed occurrence (a single event has one). ``places``: the
    availability of each occurrence (``events.registration.public.availability``)."""
    places = places or {}
    locations = []
    if page.has_place:
        locations.append(_place(page.venue))
    if page.is_online:
        join = page.join_url if page.join_disclosed(now) and page.join_url else page_url
        locations.append({"@type": "VirtualLocation", "url": join})
    base = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": page.title,
        "description": page.summary,
        "url": page_url,
        "eventAttendanceMode": SCHEMA_ATTENDANCE[page.effective_format],
        "location": locations[0] if len(locations) == 1 else locations,
    }
    organisers = [
        {"@type": "Organization", "name": org.name, **({"url": org.website} if org.website else {})}
        for org in page.organisers.all()
    ]
    # Without organisers of its own, the network that publishes the listing stands behind it.
    base["organizer"] = (organisers[0] if len(organisers) == 1 else organisers) if organisers else _publisher()
    base["image"] = [_image_url(page, page_url)]
    performers = _speakers(page)
    if performers:
        base["performer"] = performers
    base["isAccessibleForFree"] = page.is_free
    entries = []
    for occurrence in occurrences[:MAX_SERIES_ENTRIES]:
        entry = dict(base)
        available = places.get(occurrence.original_start.date().isoformat())
        entry["offers"] = _offer(page, page_url, available)
        if available is not None and available.capacity is not None:
            entry["maximumAttendeeCapacity"] = available.capacity
            entry["remainingAttendeeCapacity"] = available.remaining
        entry["startDate"] = _when(occurrence, occurrence.start)
        end = occurrence.end - timedelta(days=1) if occurrence.all_day else occurrence.end
        entry["endDate"] = _when(occurrence, end)
        status = page.status
        if occurrence.cancelled:
            status = EventStatus.CANCELLED
        elif occurrence.moved:
            status = EventStatus.RESCHEDULED
            entry["previousStartDate"] = _when(occurrence, occurrence.original_start)
        entry["eventStatus"] = SCHEMA_STATUS[status]
        if status == EventStatus.RESCHEDULED and page.previous_start and not occurrence.moved:
            entry["previousStartDate"] = page.previous_start.astimezone(get_zone(page.time_zone)).isoformat()
        entries.append(entry)
    return entries


def calendar_links(page, occurrence, *, ics_url: str, page_url: str) -> dict:
    """Download, subscribe (webcal), Google and Outlook links for one event."""
    details = f"{page.summary}\n\n{page_url}"
    location = page.venue.one_line if page.has_place else ""
    google = {"action": "TEMPLATE", "text": page.title, "details": details, "location": location}
    outlook = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": page.title,
        "body": details,
        "location": location,
    }
    if occurrence.all_day:
        end = occurrence.end.date()
        google["dates"] = f"{occurrence.start:%Y%m%d}/{end:%Y%m%d}"
        outlook.update(startdt=occurrence.start.date().isoformat(), enddt=end.isoformat(), allday="true")
    else:
        google["dates"] = f"{occurrence.start:%Y%m%dT%H%M%S}/{occurrence.end:%Y%m%dT%H%M%S}"
        google["ctz"] = page.time_zone
        outlook.update(startdt=occurrence.start.isoformat(), enddt=occurrence.end.isoformat(), allday="false")
    if page.is_series and not occurrence.moved and occurrence.original_start == page.start:
        rule = CalendarBuilder(name="", description="", url="")._rrule(page).to_ical().decode()
        google["recur"] = f"RRULE:{rule}"
    webcal = ics_url.replace("https://", "webcal://", 1).replace("http://", "webcal://", 1)
    return {
        "ics": ics_url,
        "webcal": webcal,
        "google": "https://calendar.google.com/calendar/render?" + urlencode(google),
        "outlook": "https://outlook.live.com/calendar/0/action/compose?" + urlencode(outlook),
    }
