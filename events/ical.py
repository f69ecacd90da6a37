"""iCalendar export built with the ``icalendar`` library (never string templates).

What calendar clients need to get right, and how this module gives it to them:

* identity: one ``UID`` per event, stored on the page; ``SEQUENCE`` raised on every change of
  time, place or status (see ``EventPage.save``);
* determinism: ``DTSTAMP`` and ``LAST-MODIFIED`` come from the last change, never from "now",
  and components are emitted in a fixed order, so repeat GETs are byte-identical;
* time: wall-clock times with a ``TZID`` and a ``VTIMEZONE`` (generated from zoneinfo) that
  covers the whole series; all-day events as ``DATE`` with an exclusive ``DTEND``;
* series: ``RRULE`` (``UNTIL`` in UTC), ``EXDATE`` for cancelled dates, and a separate
  ``VEVENT`` with ``RECURRENCE-ID`` for each moved or annotated date;
* safety: joining details only once disclosed (RFC 7986 ``CONFERENCE``), only http(s) URIs,
  every text value escaped by the library so no input can start a new property.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import (
    Calendar,
    Event,
    vCalAddress,
    vDDDTypes,
    vDuration,
    vInt,
    vText,
    vUri,
)
from icalendar.prop import vRecur

from events import conf
from events.models.choices import ICAL_STATUS, EventFormat, EventStatus
from events.occurrences import get_zone, rrule_parts, safe_zone_name
from events.vtimezone import vtimezone

PRODID = "-//Social Action Hub//Events//EN"
SAFE_URI = re.compile(r"^https?://[^\s\x00-\x1f\x7f\"<>\\]+$")


def safe_uri(value: str) -> str | None:
    """An http(s) URI with no whitespace or control characters, else None."""
    return value if value and SAFE_URI.match(value) else None


# RFC 5545 3.1: lines longer than 75 octets are folded; icalendar's ``Contentline.to_ical``
# folds from the 75th octet on, so a shorter line comes out as it is.
FOLD_OCTETS = 75


def serialise(component, *, sorted: bool = True) -> bytes:  # noqa: A002 (icalendar's own name)
    """``component.to_ical(sorted=...)``, byte for byte, made from icalendar's own content lines.

    icalendar folds every line by walking it one character at a time, which is most of the
    cost of a feed; most lines of an event (as a rule all but its description) are shorter than
    a fold, so only the longer ones go to ``Contentline.to_ical`` (tests/events/test_ical_contents.py
    compares the bytes).
    """
    lines = []
    for line in component.content_lines(sorted=sorted):
        if line:
            encoded = line.encode()
            lines.append(encoded if len(encoded) < FOLD_OCTETS else line.to_ical())
    return b"\r\n".join(lines) + b"\r\n"


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(microsecond=0)


def _local(event, naive: datetime) -> datetime:
    return naive.replace(tzinfo=get_zone(event.time_zone))


def original_identities(pages) -> dict:
    """Calendar identity of each translated event: ``{translation_key: (uid, sequence)}`` of the
    event in the default language.

    Wagtail idiom: a translation is a separate page in another locale's tree sharing the
    original's ``translation_key``; the ``ical_uid`` column is unique, so a translation stores
    its own. Calendars must not see two events, though: a Welsh feed gives each event the UID of
    its English original (one query, and none at all when every page is in the default language).
    """
    from wagtail.models import Locale

    from events.models import EventPage

    default = Locale.get_default()
    keys = {page.translation_key for page in pages if page.locale_id != default.pk}
    if not keys:
        return {}
    rows = EventPage.objects.filter(locale=default, translation_key__in=keys).values_list(
        "translation_key", "ical_uid", "ical_sequence"
    )
    return {key: (uid, sequence) for key, uid, sequence in rows}


class CalendarBuilder:
    """Builds one VCALENDAR from event pages. ``now`` is fixed per request.

    ``language`` tags the calendar's and each event's text (RFC 5545 ``LANGUAGE``);
    ``identities`` (from ``original_identities``) gives translated events their original's UID.
    """

    def __init__(
        self,
        *,
        name: str,
        description: str,
        url: str,
        now: datetime | None = None,
        request=None,
        language: str = "",
        identities: dict | None = None,
        method: str = "PUBLISH",
    ):
        self.now = now or timezone.now()
        self.request = request
        self.identities = identities or {}
        self.text_parameters = {"LANGUAGE": language} if language else {}
        self.calendar = Calendar()
        self.calendar.add("PRODID", PRODID)
        self.calendar.add("VERSION", "2.0")
        self.calendar.add("CALSCALE", "GREGORIAN")
        self.calendar.add("METHOD", method)  # REQUEST / CANCEL: an invitation (events.registration.itip)
        self.calendar.add("NAME", vText(name), parameters=self.text_parameters)
        self.calendar.add("X-WR-CALNAME", vText(name))
        self.calendar.add("DESCRIPTION", vText(description), parameters=self.text_parameters)
        self.calendar.add("X-WR-CALDESC", vText(description))
        if safe_uri(url):
            self.calendar.add("URL", vUri(url))
            if method == "PUBLISH":
                self.calendar.add("SOURCE", vUri(url))
        if method == "PUBLISH":  # a subscribed feed, not a one-off invitation
            refresh = conf.refresh_interval()
            self.calendar.add("REFRESH-INTERVAL", refresh, parameters={"VALUE": "DURATION"})
            self.calendar.add("X-PUBLISHED-TTL", vDuration(refresh))
        self._zone_years: dict[str, tuple[int, int]] = {}
        self._chunks: list[bytes] = []
        # Worked out once per feed, not per event or per date: addresses (``_page_url``) and
        # the translated fixed text (``_text``).
        self._urls: dict[int, str] = {}
        self._parent_urls: dict[str, str] = {}
        self._texts: dict[str, str] | None = None
        self._fixed_values: dict[str, tuple] = {}
        self.last_modified: datetime | None = None

    # --- Per event ---------------------------------------------------------------------------

    def add(self, page) -> None:
        self.add_all([page])

    def add_all(self, pages) -> None:
        """Add events in order."""
        pages = list(pages)
        # One query for every organiser name (not one per event).
        self._attach_organiser_names(pages)
        for page in pages:
            modified = _utc(page.modified_at(self.now))
            self.last_modified = max(self.last_modified, modified) if self.last_modified else modified
            changed = self._changed_occurrences(page)
            self._note_zones(page, changed)
            # In the order the properties were added (RFC 5545 sets none): no sorting per event.
            vevents = self._vevents(page, modified, changed)
            self._chunks.append(b"".join(serialise(vevent, sorted=False) for vevent in vevents))

    def add_invitation(self, page, occurrence, *, attendee: tuple, organizer: tuple, sequence: int, cancelled=False):
        """One VEVENT of an iTIP invitation (RFC 5546) for one person: the event, or one date of
        a series (``RECURRENCE-ID``), with the event's own UID, ``ORGANIZER`` and ``ATTENDEE``
        (``(address, name)``), and ``SEQUENCE`` given by the caller, who knows what this person
        was last sent. ``DTSTAMP`` is when the message is made."""
        self._attach_organiser_names([page])
        modified = _utc(page.modified_at(self.now))
        self.last_modified = modified
        vevent = Event()
        self._common(page, vevent, modified, note=occurrence.note)
        naive_start, naive_end = occurrence.start.replace(tzinfo=None), occurrence.end.replace(tzinfo=None)
        if page.is_series:
            original = occurrence.original_start
            vevent.add("RECURRENCE-ID", original.replace(tzinfo=None).date() if page.all_day else original)
            self._note_zone(page, original.replace(tzinfo=None), original.replace(tzinfo=None))
        self._times(vevent, page, naive_start, naive_end)
        self._note_zone(page, naive_start, naive_end)
        for name in ("DTSTAMP", "SEQUENCE"):
            del vevent[name]
        vevent.add("DTSTAMP", _utc(self.now))
        vevent.add("SEQUENCE", sequence)
        if cancelled or occurrence.cancelled:
            del vevent["STATUS"]
            vevent.add("STATUS", "CANCELLED")
        address, name = organizer
        vevent.add("ORGANIZER", vCalAddress(f"mailto:{address}"), parameters={"CN": name})
        address, name = attendee
        vevent.add(
            "ATTENDEE",
            vCalAddress(f"mailto:{address}"),
            parameters={"CN": name, "ROLE": "REQ-PARTICIPANT", "PARTSTAT": "ACCEPTED", "RSVP": "FALSE"},
        )
        self._chunks.append(vevent.to_ical())

    @staticmethod
    def _attach_organiser_names(pages) -> None:
        """Organiser names from one query of the link table (a prefetch builds a queryset per page)."""
        from events.models import EventPage

        if not pages:
            return
        names: dict = {page.pk: [] for page in pages}
        through = EventPage.organisers.through.objects.filter(eventpage_id__in=names)
        for page_id, name in through.values_list("eventpage_id", "organisation__name"):
            names[page_id].append(name)
        for page in pages:
            page.__dict__["_organiser_names"] = names[page.pk]

    def _changed_occurrences(self, page) -> list:
        """The dates of a series with a change (cancelled, moved or noted) that the feed lists."""
        changes = page.changes_by_date() if page.is_series else {}
        if not changes:
            return []
        window_end = self.now + conf.feed_future_window()
        occurrences = page.occurrences_between(datetime(1970, 1, 1, tzinfo=UTC), window_end + timedelta(days=400))
        return [o for o in occurrences if o.original_start.replace(tzinfo=None).date() in changes]

    def _note_zones(self, page, changed: list) -> None:
        """Record the years each zone must cover (for the VTIMEZONEs), hit or miss."""
        schedule = page.schedule
        self._note_zone(page, schedule.naive_start, schedule.naive_end)
        for occurrence in changed:
            if not occurrence.cancelled:
                self._note_zone(page, occurrence.start.replace(tzinfo=None), occurrence.end.replace(tzinfo=None))
        if page.is_series:
            self._note_zone(page, schedule.naive_start, self._series_last(page, self.now + conf.feed_future_window()))

    def _vevents(self, page, modified: datetime, changed: list) -> list[Event]:
        master = self._master(page, modified)
        vevents = [master]
        for occurrence in changed:
            original_naive = occurrence.original_start.replace(tzinfo=None)
            recurrence_id = original_naive.date() if page.all_day else occurrence.original_start
            if occurrence.cancelled:
                master.add("EXDATE", recurrence_id)
                continue
            override = Event()
            self._common(page, override, modified, note=occurrence.note)
            override.add("RECURRENCE-ID", recurrence_id)
            self._times(override, page, occurrence.start.replace(tzinfo=None), occurrence.end.replace(tzinfo=None))
            vevents.append(override)
        return vevents

    def _identity(self, page) -> tuple[str, int]:
        """(UID, SEQUENCE): a translation shares its original's UID; the sequence never goes back."""
        uid, sequence = self.identities.get(page.translation_key, (page.ical_uid, page.ical_sequence))
        return uid, max(sequence, page.ical_sequence)

    def _common(self, page, vevent: Event, modified: datetime, note: str = "") -> None:
        # Values are given as icalendar's own types (``encode=False``): icalendar would otherwise
        # work out each type again for every property of every event.
        uid, sequence = self._identity(page)
        stamp = vDDDTypes(modified)  # already UTC (``_utc``), as DTSTAMP and LAST-MODIFIED must be
        vevent.add("UID", vText(uid), encode=False)
        vevent.add("DTSTAMP", stamp, encode=False)
        vevent.add("LAST-MODIFIED", stamp, encode=False)
        if page.first_published_at:
            vevent.add("CREATED", vDDDTypes(_utc(page.first_published_at)), encode=False)
        vevent.add("SEQUENCE", vInt(sequence), encode=False)
        vevent.add("SUMMARY", vText(self._summary(page), params=self.text_parameters), encode=False)
        vevent.add("DESCRIPTION", vText(self._description(page, note), params=self.text_parameters), encode=False)
        url = self._page_url(page)
        if url:
            vevent.add("URL", vUri(url), encode=False)
        location = self._location(page)
        if location:
            vevent.add("LOCATION", vText(location, params=self.text_parameters), encode=False)
        for name, value in self._fixed(page.status):
            vevent.add(name, value, encode=False)
        self._conference(page, vevent)

    def _fixed(self, status: str) -> tuple:
        """STATUS, TRANSP and CLASS, made once per status and feed (never changed once made)."""
        found = self._fixed_values.get(status)
        if found is None:
            found = self._fixed_values[status] = (
                ("STATUS", vText(ICAL_STATUS.get(status, "CONFIRMED"))),
                ("TRANSP", vText("OPAQUE")),
                ("CLASS", vText("PUBLIC")),
            )
        return found

    def _master(self, page, modified: datetime) -> Event:
        vevent = Event()
        self._common(page, vevent, modified)
        schedule = page.schedule
        self._times(vevent, page, schedule.naive_start, schedule.naive_end)
        if page.is_series:
            vevent.add("RRULE", self._rrule(page))
        return vevent

    def _times(self, vevent: Event, page, naive_start: datetime, naive_end: datetime) -> None:
        # vDDDTypes gives a date VALUE=DATE and a zoned time its TZID, as ``add`` would.
        if page.all_day:
            start, end = naive_start.date(), naive_end.date()  # exclusive: the day after the last day
        else:
            start, end = _local(page, naive_start), _local(page, naive_end)
        vevent.add("DTSTART", vDDDTypes(start), encode=False)
        vevent.add("DTEND", vDDDTypes(end), encode=False)

    def _rrule(self, page) -> vRecur:
        schedule = page.schedule
        parts = rrule_parts(schedule.repeat, schedule.interval, schedule.start_date)
        if schedule.until:
            if page.all_day:
                parts["UNTIL"] = schedule.until
            else:
                local_until = _local(page, datetime.combine(schedule.until, schedule.start_time or time(0)))
                parts["UNTIL"] = _utc(local_until)
        elif schedule.count:
            parts["COUNT"] = schedule.count
        return vRecur(parts)

    def _series_last(self, page, window_end: datetime) -> datetime:
        if page.last_ends_at:
            return page.last_ends_at.astimezone(get_zone(page.time_zone)).replace(tzinfo=None)
        return window_end.astimezone(get_zone(page.time_zone)).replace(tzinfo=None)

    def _note_zone(self, page, first: datetime, last: datetime) -> None:
        if page.all_day:
            return
        zone = safe_zone_name(page.time_zone)
        low, high = self._zone_years.get(zone, (first.year, last.year))
        self._zone_years[zone] = (min(low, first.year), max(high, last.year))

    # --- Text ---------------------------------------------------------------------------------

    def _text(self, key: str) -> str:
        """Fixed text in the active language, translated once per calendar."""
        if self._texts is None:
            self._texts = {
                EventStatus.CANCELLED: _("Cancelled: "),
                EventStatus.POSTPONED: _("Postponed: "),
                "moved": _("This event has moved online."),
                "organised": _("Organised by %(names)s"),
                "joining": _("Joining details: %(details)s"),
                "details": _("Details: %(url)s"),
                "online": _("Online"),
            }
        return self._texts.get(key, "")

    def _summary(self, page) -> str:
        return f"{self._text(page.status)}{page.title}"

    def _description(self, page, note: str = "") -> str:
        parts = [note, page.summary]
        if page.key_question:
            parts.append(page.key_question)
        if page.status == EventStatus.MOVED_ONLINE:
            parts.append(self._text("moved"))
        names = page.__dict__.get("_organiser_names")
        organisers = sorted(names if names is not None else (org.name for org in page.organisers.all()))
        if organisers:
            parts.append(self._text("organised") % {"names": ", ".join(organisers)})
        if page.join_disclosed(self.now) and page.join_instructions:
            parts.append(self._text("joining") % {"details": page.join_instructions})
        url = self._page_url(page)
        if url:
            parts.append(self._text("details") % {"url": url})
        return "\n\n".join(part for part in parts if part)

    def _location(self, page) -> str:
        if page.has_place:
            return page.venue.one_line
        if page.effective_format == EventFormat.ONLINE:
            return self._text("online")
        return ""

    def _page_url(self, page) -> str:
        """The event page's full address, worked out once per event (each VEVENT and its
        description show it)."""
        url = self._urls.get(page.pk)
        if url is None:
            url = self._urls[page.pk] = safe_uri(self._full_url(page)) or ""
        return url

    def _full_url(self, page) -> str:
        """Wagtail's ``get_full_url``, asked once per parent page: in Wagtail's tree, pages
        under the same parent have the same address but for their own slug."""
        suffix = page.slug + "/"
        parent = page.url_path[: -len(suffix)] if page.url_path.endswith(suffix) else None
        base = self._parent_urls.get(parent) if parent else None
        if base is not None:
            return base + suffix
        full = page.get_full_url(self.request) or ""
        if parent and full.endswith(suffix):
            self._parent_urls[parent] = full[: -len(suffix)]
        return full

    def _conference(self, page, vevent: Event) -> None:
        """RFC 7986 CONFERENCE, only once the joining link is disclosed."""
        if not page.join_disclosed(self.now):
            return
        uri = safe_uri(page.join_url)
        if uri:
            vevent.add(
                "CONFERENCE", vUri(uri), parameters={"VALUE": "URI", "FEATURE": "VIDEO", "LABEL": _("Join online")}
            )

    # --- Output -------------------------------------------------------------------------------

    def to_ical(self) -> bytes:
        for zone in sorted(self._zone_years):
            first, last = self._zone_years[zone]
            self.calendar.add_component(vtimezone(zone, first, last))
        # A calendar serialises as its own lines around its components' lines, so the cached
        # VEVENT bytes go in just before the closing line.
        head = serialise(self.calendar)
        end = b"END:VCALENDAR\r\n"
        return head[: -len(end)] + b"".join(self._chunks) + end
