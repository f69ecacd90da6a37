"""Bulk content and benchmark targets for `make bench`: 500 events, a tenth of them series."""

import datetime

from django.db import transaction

from cms.demo_tools import Progress

from .factories import EventPageFactory
from .models import EventIndexPage, EventPage

COUNT = 500


def load_bulk(progress: Progress) -> None:
    index = EventIndexPage.objects.first()
    if index is None or EventPage.objects.filter(slug__startswith="bulk-").exists():
        return
    today = datetime.date.today()
    with transaction.atomic():
        for i in range(COUNT):
            series = i % 10 == 0
            EventPageFactory(
                parent=index,
                title=f"Bulk {'forum series' if series else 'event'} {i}",
                slug=f"bulk-{i}",
                start_date=today + datetime.timedelta(days=(i % 400) - 60),
                repeat="weekly" if series else "",
                repeat_count=12 if series else None,
            )
            if i % 100 == 99:
                progress.made(f"{i + 1} bulk events", created=True)


def targets():
    index = EventIndexPage.objects.live().first()
    event = (
        EventPage.objects.live().filter(slug="monthly-peer-support-forum").first() or EventPage.objects.live().first()
    )
    found = []
    if index:
        found += [("event index", index.url), ("full iCal feed", f"{index.url}feed.ics")]
    if event:
        found.append(("an event", event.url))
    return found
