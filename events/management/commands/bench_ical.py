"""Benchmark (not a test): time to render the full events feed against icalendar alone.

``manage.py bench_ical [--events 2000]`` builds the events inside a transaction that is rolled
back (nothing is left behind), then prints:

* the time our feed view takes end to end (query, occurrence logic, VTIMEZONE, serialising),
* the time icalendar alone takes to build and serialise equivalent VEVENTs from plain values
  already in memory (no database, no page logic),

and the ratio of the two, in CPU time (``time.process_time``: on a shared machine other work
only adds wall time) and in wall time. Best of ``--repeat`` runs each.
"""

import datetime
import time
from zoneinfo import ZoneInfo

from django.core.management.base import BaseCommand
from django.db import transaction
from django.test import Client
from django.test.utils import override_settings
from icalendar import Calendar, Event, Timezone


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = "Time the full iCalendar feed against icalendar's own serialisation of the same events."

    def add_arguments(self, parser):
        parser.add_argument("--events", type=int, default=2000)
        parser.add_argument("--repeat", type=int, default=3)

    def handle(self, *args, events: int, repeat: int, **options):
        try:
            with transaction.atomic():
                self._run(events, repeat)
                raise Rollback
        except Rollback:
            self.stdout.write("(benchmark data rolled back)")

    def _run(self, count: int, repeat: int):
        from wagtail.models import Page, Site

        from events.factories import EventIndexPageFactory, bulk_events

        site = Site.objects.get(is_default_site=True)
        home = site.root_page
        index = EventIndexPageFactory(parent=home, slug=f"bench-{int(time.time())}", title="Bench")
        started = time.perf_counter()
        pages = bulk_events(index, count)
        self.stdout.write(f"built {count} events in {time.perf_counter() - started:.1f}s")
        url = Page.objects.get(pk=index.pk).specific.url + "feed.ics"
        host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
        # The page cache is off: this measures the feed itself, as the first reader after a publish.
        with override_settings(ALLOWED_HOSTS=["*"], CMS_PAGE_CACHE=False):
            client = Client(HTTP_HOST=host)
            feed_times, feed_walls, size = [], [], 0
            for _ in range(repeat):
                started, cpu_started = time.perf_counter(), time.process_time()
                response = client.get(url)
                feed_times.append(time.process_time() - cpu_started)
                feed_walls.append(time.perf_counter() - started)
                assert response.status_code == 200, response.status_code
                size = len(response.content)
        plain = [
            {
                "uid": page.ical_uid,
                "title": page.title,
                "summary": page.summary,
                "start": datetime.datetime.combine(page.start_date, page.start_time, ZoneInfo(page.time_zone)),
                "end": datetime.datetime.combine(page.start_date, page.end_time, ZoneInfo(page.time_zone)),
                "rrule": {"FREQ": "WEEKLY", "COUNT": page.repeat_count} if page.repeat else None,
                "url": f"http://{host}{index.url}{page.slug}/",
            }
            for page in pages
        ]
        stamp = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
        plain_times, plain_walls = [], []
        for _ in range(repeat):
            started, cpu_started = time.perf_counter(), time.process_time()
            calendar = Calendar()
            calendar.add("PRODID", "-//bench//EN")
            calendar.add("VERSION", "2.0")
            calendar.add_component(Timezone.from_tzid("Europe/London"))
            for item in plain:
                event = Event()
                event.add("UID", item["uid"])
                event.add("DTSTAMP", stamp)
                event.add("LAST-MODIFIED", stamp)
                event.add("SEQUENCE", 0)
                event.add("SUMMARY", item["title"])
                event.add("DESCRIPTION", item["summary"])
                event.add("DTSTART", item["start"])
                event.add("DTEND", item["end"])
                event.add("URL", item["url"])
                event.add("LOCATION", "Online")
                event.add("STATUS", "CONFIRMED")
                if item["rrule"]:
                    event.add("RRULE", item["rrule"])
                calendar.add_component(event)
            calendar.to_ical()
            plain_times.append(time.process_time() - cpu_started)
            plain_walls.append(time.perf_counter() - started)
        feed, plain_best = min(feed_times), min(plain_times)
        feed_wall, plain_wall = min(feed_walls), min(plain_walls)
        self.stdout.write(
            f"full feed ({count} events, {size / 1024:.0f} KiB): "
            f"{feed:.3f}s CPU, {feed_wall:.3f}s wall (best of {repeat})"
        )
        self.stdout.write(
            f"icalendar alone, same events in memory: {plain_best:.3f}s CPU, {plain_wall:.3f}s wall (best of {repeat})"
        )
        self.stdout.write(
            f"ratio feed / icalendar alone: {feed / plain_best:.2f} CPU (target ≤ 1.3), "
            f"{feed_wall / plain_wall:.2f} wall"
        )
