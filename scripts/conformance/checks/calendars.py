"""Calendar files and feeds read by three independent parsers — icalendar (with
recurring-ical-events to expand series), vobject, and ical.js (npm, the engine of Thunderbird) —
each run with the reader's clock in three time zones. Every occurrence's UTC start in the next
12 months must equal the time its event page shows (``<time datetime>`` of the date list, or
of the headline date for a single event), both ways: nothing missing, nothing extra.
"""

import json
import os
import subprocess
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
import recurring_ical_events
import vobject
from lxml import html

from . import Result

READER_ZONES = ("Europe/London", "America/New_York", "Australia/Sydney")
WINDOW = timedelta(days=365)


def moment(value):
    """An occurrence start as the site shows it: a UTC instant, or a date for an all-day one."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return ("floating", value.isoformat())
        return value.astimezone(UTC).replace(microsecond=0)
    if isinstance(value, date):
        return value
    return value


def parse_iso(text: str):
    if "T" not in text:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC).replace(microsecond=0)


def page_times(answer) -> set:
    """What an event page shows as its coming dates (not cancelled)."""
    tree = html.fromstring(answer.body)
    rows = tree.xpath('//ul[contains(@class, "occurrence-list") and not(contains(@class, "occurrence-list--past"))]/li')
    cancelled = './/*[contains(@class, "badge--cancelled")]'
    if rows:
        cells = [row for row in rows if "occurrence--cancelled" not in (row.get("class") or "")]
        times = [row.xpath(".//time[@datetime]")[:1] for row in cells if not row.xpath(cancelled)]
    else:
        header = tree.xpath('//*[contains(@class, "event__header")]')
        if header and header[0].xpath(cancelled):  # a cancelled event: calendars mark it CANCELLED
            return set()
        times = [tree.xpath('//*[contains(@class, "event__when")]//time[@datetime]')[:1]]
    found = set()
    for element in times:
        if element:
            try:
                found.add(parse_iso(element[0].get("datetime")))
            except ValueError:
                found.add(("unreadable", element[0].get("datetime")))
    return found


def in_window(value, start, end) -> bool:
    if isinstance(value, datetime):
        return start <= value <= end
    if isinstance(value, date):
        return start.date() <= value <= end.date()
    return True


def with_icalendar(text, start, end):
    calendar = icalendar.Calendar.from_ical(text)
    found = []
    for event in recurring_ical_events.of(calendar).between(start, end):
        if str(event.get("STATUS", "")).upper() == "CANCELLED":
            continue
        found.append((str(event["UID"]), moment(event["DTSTART"].dt), event.get("URL")))
    return found


def with_vobject(text, start, end):
    found = []
    for calendar in vobject.readComponents(text):
        masters, overrides = {}, defaultdict(dict)
        for event in calendar.contents.get("vevent", []):
            uid = event.uid.value
            if hasattr(event, "recurrence_id"):
                overrides[uid][moment(event.recurrence_id.value)] = event
            else:
                masters[uid] = event
        for uid, event in masters.items():
            url = event.url.value if hasattr(event, "url") else None
            rules = event.getrruleset(addRDate=True)
            starts = list(rules) if rules is not None else [event.dtstart.value]
            excluded = {moment(wall_clock(value)) for line in event.contents.get("exdate", []) for value in line.value}
            for first in starts:
                key = moment(wall_clock(first))
                if key in excluded:
                    continue
                current = overrides[uid].get(key, event)
                if getattr(getattr(current, "status", None), "value", "").upper() == "CANCELLED":
                    continue
                value = moment(current.dtstart.value) if current is not event else key
                found.append((uid, value, url))
    return [(uid, value, url) for uid, value, url in found if in_window(value, start, end)]


def wall_clock(value):
    """vobject hands known TZIDs to pytz, and dateutil's rrule then keeps the first date's UTC
    offset for every date; re-localising each wall-clock time is how a pytz user reads them."""
    zone = getattr(value, "tzinfo", None)
    if zone is not None and hasattr(zone, "localize"):
        return zone.localize(value.replace(tzinfo=None))
    return value


def with_icaljs(ctx, files: dict, start, end, zone: str):
    request = ctx.work / "icaljs-request.json"
    request.write_text(json.dumps({"files": files, "from": start.isoformat(), "until": end.isoformat()}))
    done = subprocess.run(
        [ctx.node, str(ctx.here / "icaljs_expand.mjs"), str(request)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TZ": zone},
        check=False,
    )
    if done.returncode:
        raise RuntimeError(f"ical.js script failed: {done.stderr[-800:]}")
    return json.loads(done.stdout)


def check_calendars(ctx) -> list[Result]:
    client = ctx.client
    calendars = ctx.crawl.answers_of_type("text/calendar")
    parse = Result("calendars: parsed by icalendar, vobject and ical.js")
    compare = Result("calendars: every occurrence (next 12 months, 3 reader zones) matches its event page")
    start = datetime.now(UTC).replace(microsecond=0) + timedelta(minutes=5)
    end = start + WINDOW
    files = {}
    for answer in calendars:
        path = ctx.work / f"calendar-{len(files):03d}.ics"
        path.write_bytes(answer.body)
        files[answer.url] = str(path)
    event_urls = {answer.url: event_url_by_uid(answer.body) for answer in calendars}
    pages = {}

    def shown_on(url):
        if url not in pages:
            answer = client.get(url)
            pages[url] = page_times(answer) if answer.final_status == 200 else None
        return pages[url]

    def compare_one(reader, calendar_url, occurrences):
        by_page = defaultdict(set)
        for _uid, value, url in occurrences:
            page = client.absolute(str(url)) if url else calendar_url.removesuffix("event.ics")
            by_page[page].add(value)
        for page, values in by_page.items():
            compare.checked += len(values)
            shown = shown_on(page)
            where = f"{client.path(calendar_url)} ({reader})"
            if shown is None:
                compare.fail(f"{where}: event URL {client.path(page)} does not answer 200")
                continue
            shown = {value for value in shown if in_window(value, start, end)}
            extra = shown - values
            for value in sorted(values - shown, key=str):
                near = nearest(value, extra)
                if near is not None:
                    extra.discard(near)
                    hours = (value - near).total_seconds() / 3600
                    compare.fail(f"{where}: reads {fmt(value)}, {client.path(page)} shows {fmt(near)} ({hours:+g} h)")
                else:
                    compare.fail(f"{where}: occurrence at {fmt(value)} is not on {client.path(page)}")
            for value in sorted(extra, key=str):
                compare.fail(f"{where}: {client.path(page)} shows {fmt(value)}, the calendar has no such occurrence")

    original_zone = os.environ.get("TZ")
    try:
        for zone in READER_ZONES:
            os.environ["TZ"] = zone
            time.tzset()
            for name, reader in (("icalendar", with_icalendar), ("vobject", with_vobject)):
                for url, path in files.items():
                    parse.checked += 1
                    text = Path(path).read_text(encoding="utf-8")
                    try:
                        occurrences = reader(text, start, end)
                    except Exception as error:  # noqa: BLE001 - any parser error is a finding
                        parse.fail(f"{client.path(url)}: {name} cannot read it (reader in {zone}): {error!r}")
                        continue
                    compare_one(f"{name}, reader in {zone}", url, occurrences)
            report = with_icaljs(ctx, files, start, end, zone)
            for url, found in report.items():
                parse.checked += 1
                if isinstance(found, dict):
                    parse.fail(f"{client.path(url)}: ical.js cannot read it (reader in {zone}): {found['error']}")
                    continue
                occurrences = [
                    (o["uid"], parse_iso(o.get("start") or o["date"]), event_urls[url].get(o["uid"]))
                    for o in found
                    if (o.get("status") or "").upper() != "CANCELLED"
                ]
                compare_one(f"ical.js, reader in {zone}", url, occurrences)
    finally:
        if original_zone is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = original_zone
        time.tzset()
    if not calendars:
        parse.fail("the crawl found no calendar file")
    return [parse, compare]


def event_url_by_uid(body: bytes) -> dict:
    """ical.js is not asked for URL properties: each UID's URL as icalendar reads it."""
    try:
        calendar = icalendar.Calendar.from_ical(body)
    except ValueError:
        return {}
    return {str(event["UID"]): str(event["URL"]) for event in calendar.walk("VEVENT") if event.get("URL")}


def fmt(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if isinstance(value, datetime) else str(value)


def nearest(value, shown):
    """The page's date within 48 hours of a calendar date the page does not show, if any."""
    timed = [s for s in shown if isinstance(s, datetime)]
    if not isinstance(value, datetime) or not timed:
        return None
    closest = min(timed, key=lambda s: abs((s - value).total_seconds()))
    return closest if abs((value - closest).total_seconds()) <= 48 * 3600 else None
