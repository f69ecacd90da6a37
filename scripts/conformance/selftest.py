#!/usr/bin/env python3
"""Check the checkers: every check runs against a tiny site served from memory, once as a good
site (every check must PASS) and once with one known defect per check (each check must FAIL,
naming that defect). `make conformance` runs this first, so a checker that can no longer fail,
or that fails on good input, stops the run before the real site is judged.

The defects are the ones issue 15 found on the real site: a VTIMEZONE whose first summer sits
in DTSTART beside an RDATE (ical.js reads it an hour late), hreflang to a 404, an Atom feed
without an author, HEAD answered 405, an unknown API id redirected to HTML, duplicate ids, …
"""

import json
import shutil
import sys
import tempfile
import threading
from datetime import date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import icalendar

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import run  # noqa: E402
from client import Client  # noqa: E402
from crawl import Crawl  # noqa: E402
from inventory import Inventory  # noqa: E402

PORT = int(run.os.environ.get("CONFORMANCE_SELFTEST_PORT", "8809"))
BASE = f"http://127.0.0.1:{PORT}"
LONDON = ZoneInfo("Europe/London")
GOOD_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
DTSTART:19810329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
END:DAYLIGHT
BEGIN:STANDARD
DTSTART:19961027T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
END:STANDARD
END:VTIMEZONE"""
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
    "0000000d49444154789c6360f8cfc0f01f0005000201a5a4b1d80000000049454e44ae426082"
)
NOT_FOUND = '<!DOCTYPE html><html lang="en"><head><title>Not found</title></head><body><h1>Not found</h1></body></html>'
HIDDEN_JOIN = "https://meet.example.org/selftest-private-room"
EMAIL = "someone@example.org"

# check name (start of Result.name) → what its failure must say on the defective site
EXPECTED = {
    "http: HEAD": "HEAD /robots.txt: 405",
    "crawl: no 5xx": "/en/boom/: HTTP 500",
    "crawl: no broken": "/en/missing/: HTTP 404 (linked from /en/",
    "crawl: no redirect": "/en/old/: 2 redirects",
    "html:": "Duplicate ID",
    "accessibility:": "WCAG2AA",
    "calendars: parsed": "cannot read it",
    "calendars: every": "(ical.js, reader in Europe/London): reads",
    "feeds:": "no <author><name>",
    "structured data:": "without Article markup",
    "sharing:": "(stories.StoryPage): no og:title",
    "languages: hreflang": "hreflang=cy /cy/stories/story/ answers 404",
    "languages: sitemap": "lists no page in 'cy'",
    "api:": "/api/v2/pages/999999/: HTTP 302",
    "open data:": "row 3: 1 fields",
    "privacy:": "shows the joining link",
}


def occurrences() -> list[datetime]:
    """A weekly Monday 19:00 London series through the next summer (both clock changes)."""
    today = date.today()
    first = today + timedelta(days=7 - today.weekday())
    return [
        datetime.combine(first + timedelta(weeks=n), datetime.min.time().replace(hour=19), LONDON) for n in range(56)
    ]


def bad_vtimezone(starts) -> str:
    """What the site wrote in issue 15: icalendar's from_tzid over whole years, first summer in
    DTSTART and later ones in RDATE, beginning with the year of the next summer."""
    summer = next(s for s in starts if s.utcoffset())
    zone = icalendar.Timezone.from_tzid(
        "Europe/London", first_date=date(summer.year, 1, 1), last_date=date(summer.year + 3, 1, 1)
    )
    return zone.to_ical().decode().strip().replace("\r\n", "\n")


def calendar(defects, broken=False) -> str:
    starts = occurrences()
    zone = bad_vtimezone(starts) if "ical" in defects else GOOD_VTIMEZONE
    first = starts[0]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//selftest//EN",
        zone,
        "BEGIN:VEVENT",
        "UID:selftest-series@example.org",
        "DTSTAMP:20260101T000000Z",
        f"DTSTART;TZID=Europe/London:{first:%Y%m%dT%H%M%S}",
        f"DTEND;TZID=Europe/London:{first + timedelta(hours=1):%Y%m%dT%H%M%S}",
        f"RRULE:FREQ=WEEKLY;COUNT={len(starts)}",
        "SUMMARY:Weekly evening",
        f"URL:{BASE}/en/events/evening/",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    text = "\r\n".join(line.replace("\n", "\r\n") for line in lines) + "\r\n"
    return text.replace("BEGIN:VEVENT", "BEGIN:VEVENT\r\nDTSTART:garbage") if broken else text


def page(title, lang, body, *, defects, alternates=(), head="", og=True):
    hreflang = "".join(f'<link rel="alternate" hreflang="{c}" href="{BASE}{p}">' for c, p in alternates)
    tags = (
        f'<meta property="og:title" content="{title}"><meta property="og:type" content="{{og_type}}">'
        f'<meta property="og:url" content="{BASE}/"><meta property="og:image" content="{BASE}/pixel.png">'
        f'<meta property="og:locale" content="{"cy_GB" if lang == "cy" else "en_GB"}">'
        f'<meta property="og:description" content="About {title}"><meta name="twitter:card" content="summary">'
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'{tags if og else ""}{hreflang}{head}</head><body><header><nav aria-label="Main">'
        f'<a href="/en/">Home</a> <a href="/en/stories/story/">Story</a> <a href="/en/events/evening/">Event</a>'
        f"</nav></header><main><h1>{title}</h1>{body}</main></body></html>"
    )


def json_ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", **data})}</script>'


def site(defects: set) -> dict:
    """{path: (status, content type, body, extra headers)} of the tiny site."""
    starts = occurrences()
    home_links = '<p><a href="/en/stories/feed/atom/">Atom</a> <a href="/en/events/evening/event.ics">iCal</a></p>'
    if "links" in defects:
        home_links += '<p><a href="/en/missing/">Gone</a> <a href="/en/old/">Old</a> <a href="/en/boom/">Boom</a></p>'
    home_body = home_links + '<p id="intro">Welcome.</p>'
    if "html" in defects:
        home_body += '<p id="intro">Twice.</p>'
    if "a11y" in defects:
        home_body += '<img src="/pixel.png">'
    home_ld = json_ld(
        {
            "@graph": [
                {"@type": "WebSite", "name": "T", "url": BASE},
                {"@type": "Organization", "name": "T", "url": BASE},
            ]
        }
    )
    home_alt = [("en", "/en/"), ("cy", "/cy/")]
    story_alt = [("en", "/en/stories/story/"), ("cy", "/cy/stories/story/")]
    article = json_ld(
        {
            "@type": "Article",
            "headline": "Story",
            "image": f"{BASE}/pixel.png",
            "datePublished": "2026-01-01T10:00:00+00:00",
            "author": {"@type": "Organization", "name": "T"},
        }
    )
    story_head = (
        "" if "metadata" in defects else article
    ) + '<link rel="alternate" type="application/atom+xml" href="/en/stories/feed/atom/">'
    items = [li(s) for s in starts]
    event_ld = json_ld(
        {
            "@type": "Event",
            "name": "Weekly evening",
            "startDate": starts[0].isoformat(),
            "endDate": (starts[0] + timedelta(hours=1)).isoformat(),
            "location": {"@type": "VirtualLocation", "url": f"{BASE}/en/events/evening/"},
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode",
            "description": "An evening.",
            "image": f"{BASE}/pixel.png",
            "organizer": {"@type": "Organization", "name": "T", "url": BASE},
            "offers": {"@type": "Offer", "price": "0", "priceCurrency": "GBP", "url": f"{BASE}/en/events/evening/"},
        }
    )
    event_body = f'<ul class="occurrence-list">{"".join(items)}</ul>'
    if "privacy" in defects:
        event_body += f'<p><a href="{HIDDEN_JOIN}">Join</a></p>'
    pages = {
        "/en/": page("Home", "en", home_body, defects=defects, alternates=home_alt, head=home_ld),
        "/cy/": page("Hafan", "cy", "<p>Croeso.</p>", defects=defects, alternates=home_alt, head=home_ld),
        "/en/stories/story/": page(
            "Story",
            "en",
            "<p>Text.</p>",
            defects=defects,
            alternates=story_alt,
            head=story_head,
            og="metadata" not in defects,
        ),
        "/en/events/evening/": page("Evening", "en", event_body, defects=defects, head=event_ld),
    }
    if "languages" not in defects:
        pages["/cy/stories/story/"] = page(
            "Stori", "cy", "<p>Testun.</p>", defects=defects, alternates=story_alt, head=article
        )
    routes = {}
    for path, body in pages.items():
        routes[path] = (
            200,
            "text/html; charset=utf-8",
            body.replace("{og_type}", "article" if "stories" in path else "website"),
            {},
        )
    routes["/pixel.png"] = (200, "image/png", PIXEL, {})
    routes["/robots.txt"] = (200, "text/plain", f"User-agent: *\nSitemap: {BASE}/sitemap.xml\n", {})
    routes["/sitemap.xml"] = (200, "application/xml", sitemap(defects), {})
    routes["/en/stories/feed/atom/"] = (200, "application/atom+xml", atom(defects), {})
    routes["/en/events/evening/event.ics"] = (200, "text/calendar", calendar(defects), {})
    if "calendar-unreadable" in defects:
        routes["/en/events/evening/event.ics"] = (200, "text/calendar", calendar(defects, broken=True), {})
    routes["/en/old/"] = (301, "text/html", "", {"Location": "/en/older/"})
    routes["/en/older/"] = (301, "text/html", "", {"Location": "/en/"})
    routes["/en/boom/"] = (500, "text/html", "<h1>Server error</h1>", {})
    rows = "title,url\r\nA,https://x.example/a\r\n" + (
        "broken-row\r\n" if "open-data" in defects else "B,https://x.example/b\r\n"
    )
    routes["/stories/case-studies.csv"] = (200, "text/csv", rows, {})
    routes["/stories/case-studies.json"] = (200, "application/json", json.dumps([{"title": "A"}]), {})
    routes["/api/v2/pages/"] = (200, "application/json", json.dumps(api_listing()), {})
    for item in api_listing()["items"]:
        routes[f"/api/v2/pages/{item['id']}/"] = (200, "application/json", json.dumps(item), {})
    return routes


def li(start) -> str:
    return f'<li><time datetime="{start.isoformat()}">{start:%A %d %B %Y, %H:%M}</time></li>'


def api_listing() -> dict:
    pages = [
        (1, "home.HomePage", "/en/", "en"),
        (2, "home.HomePage", "/cy/", "cy"),
        (3, "stories.StoryPage", "/en/stories/story/", "en"),
        (4, "events.EventPage", "/en/events/evening/", "en"),
    ]
    items = [
        {"id": i, "meta": {"type": t, "html_url": BASE + p, "locale": lang, "detail_url": f"{BASE}/api/v2/pages/{i}/"}}
        for i, t, p, lang in pages
    ]
    return {"meta": {"total_count": len(items)}, "items": items}


def sitemap(defects) -> str:
    entries = [
        ("/en/", [("en", "/en/"), ("cy", "/cy/")]),
        ("/en/stories/story/", [("en", "/en/stories/story/"), ("cy", "/cy/stories/story/")]),
        ("/en/events/evening/", []),
    ]
    if "languages" not in defects:
        entries += [
            ("/cy/", [("en", "/en/"), ("cy", "/cy/")]),
            ("/cy/stories/story/", [("en", "/en/stories/story/"), ("cy", "/cy/stories/story/")]),
        ]
    body = "".join(
        f"<url><loc>{BASE}{loc}</loc>"
        + (
            ""
            if "languages" in defects
            else "".join(f'<xhtml:link rel="alternate" hreflang="{c}" href="{BASE}{p}"/>' for c, p in alts)
        )
        + "</url>"
        for loc, alts in entries
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{body}</urlset>'
    )


def atom(defects) -> str:
    author = "" if "feeds" in defects else "<author><name>Selftest</name></author>"
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
        f"<title>Stories</title><id>{BASE}/en/stories/</id><updated>2026-01-01T10:00:00Z</updated>{author}"
        f'<link rel="self" href="{BASE}/en/stories/feed/atom/"/><link href="{BASE}/en/stories/"/>'
        f"<entry><title>Story</title><id>{BASE}/en/stories/story/</id><updated>2026-01-01T10:00:00Z</updated>"
        f'<link href="{BASE}/en/stories/story/"/></entry></feed>'
    )


class Handler(BaseHTTPRequestHandler):
    routes: dict = {}
    defects: set = set()

    def log_message(self, *args):
        pass

    def answer(self, with_body: bool):
        parts = urlsplit(self.path)
        path = parts.path
        if not with_body and "open-data" in self.defects and path == "/robots.txt":
            status, ctype, body, headers = 405, "text/html", "", {"Allow": "GET"}
        elif path == "/api/v2/pages/" and parts.query and "limit=1000" in parts.query or "nosuch" in parts.query:
            status, ctype, body, headers = 400, "application/json", '{"message": "bad"}', {}
        elif path.startswith("/api/v2/pages/") and path not in self.routes:
            if "open-data" in self.defects:
                status, ctype, body, headers = 302, "text/html", "", {"Location": "/en/"}
            else:
                status, ctype, body, headers = 404, "application/json", '{"message": "not found"}', {}
        else:
            status, ctype, body, headers = self.routes.get(path, (404, "text/html", NOT_FOUND, {}))
        data = body if isinstance(body, bytes) else body.encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if with_body:
            self.wfile.write(data)

    def do_GET(self):  # noqa: N802 - http.server's name
        self.answer(True)

    def do_HEAD(self):  # noqa: N802
        self.answer(False)


def judge(defects: set, checks=None) -> list:
    Handler.routes = site(defects)
    Handler.defects = defects
    server = ThreadingHTTPServer(("127.0.0.1", PORT), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    work = Path(tempfile.mkdtemp(prefix="conformance-selftest-"))
    try:
        secrets = {"emails": [EMAIL], "hidden_join_urls": [HIDDEN_JOIN]}
        ctx = run.Context(client=Client(BASE), work=work, secrets=secrets, languages=("en", "cy"))
        results = run.check_head_cold(ctx)
        ctx.crawl = Crawl(ctx.client, ctx.languages).run()
        ctx.inventory = Inventory(ctx.client, ctx.crawl, ctx.languages)
        ctx.samples = ctx.inventory.samples()
        for check in checks or run.CHECKS:
            results += check(ctx)
        return results
    finally:
        server.shutdown()
        server.server_close()
        shutil.rmtree(work, ignore_errors=True)


ALL_DEFECTS = {"links", "html", "a11y", "ical", "feeds", "metadata", "languages", "open-data", "privacy"}


def main() -> int:
    problems = []
    good = judge(set())
    for result in good:
        if not result.passed:
            problems.append(f"good site: {result.name} should PASS, got: {result.failures[:3] or 'nothing checked'}")
    bad = judge(ALL_DEFECTS)
    unreadable = judge({"calendar-unreadable"}, [run.check_calendars])
    for prefix, needle in EXPECTED.items():
        pool = unreadable if prefix == "calendars: parsed" else bad
        matching = [r for r in pool if r.name.startswith(prefix)]
        if not matching:
            problems.append(f"no check named {prefix!r}")
            continue
        result = matching[0]
        if result.passed or not any(needle in failure for failure in result.failures):
            problems.append(f"defective site: {result.name} should FAIL with {needle!r}, got: {result.failures[:3]}")
    if any(
        "icalendar" in f or "vobject" in f for r in bad if r.name.startswith("calendars: every") for f in r.failures
    ):
        problems.append("calendars: icalendar or vobject misread the RDATE time zone (they read it right)")
    if "-v" in sys.argv:
        for result in good + bad:
            print(f"{'PASS' if result.passed else 'FAIL'} {result.name} ({result.checked}): {result.failures[:2]}")
    names = {r.name for r in good}
    print(f"Self-test of {len(names)} checks on a good and a defective site: ", end="")
    if problems:
        print("FAILED\n  " + "\n  ".join(problems))
        return 1
    print("each passes the good site and names the defect on the bad one.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
