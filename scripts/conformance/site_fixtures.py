"""Run inside the throwaway site (``manage.py shell``) after the demo content is loaded.

1. Adds three event series beside the demo's (which are all in Europe/London), built with the
   project's own EventPageFactory, so the calendar checks cover three zones and both clock
   changes of each within the next 12 months:
   - Europe/London, fortnightly, starting in a year whose summer time begins within 12 months
     and running over two years (the VTIMEZONE then spans several years);
   - America/New_York, weekly, over a year (US clock changes in March and November);
   - Australia/Sydney, monthly on the second Tuesday (southern clock changes, April/October).
2. Prints, as JSON on its last line, what must never be public: every account's email address
   and every joining link not yet disclosed.
"""

import datetime
import json

from django.contrib.auth import get_user_model
from django.utils import timezone

from events.factories import EventPageFactory
from events.models import EventIndexPage, EventPage

SERIES = [
    {
        "slug": "conformance-london-fortnightly",
        "title": "Conformance check: fortnightly London evening",
        "time_zone": "Europe/London",
        "start_time": datetime.time(19, 0),
        "end_time": datetime.time(20, 30),
        "repeat": "weekly",
        "repeat_interval": 2,
        "repeat_count": 60,
    },
    {
        "slug": "conformance-new-york-weekly",
        "title": "Conformance check: weekly New York call",
        "time_zone": "America/New_York",
        "start_time": datetime.time(18, 0),
        "end_time": datetime.time(19, 0),
        "repeat": "weekly",
        "repeat_interval": 1,
        "repeat_count": 56,
    },
    {
        "slug": "conformance-sydney-monthly",
        "title": "Conformance check: monthly Sydney morning",
        "time_zone": "Australia/Sydney",
        "start_time": datetime.time(9, 30),
        "end_time": datetime.time(11, 0),
        "repeat": "monthly_weekday",
        "repeat_interval": 1,
        "repeat_count": 14,
    },
]


def london_start(today: datetime.date) -> datetime.date:
    """A day whose year's summer time is still ahead within 12 months: the VTIMEZONE's first
    summer (its DTSTART) is then among the dates checked."""
    start = today + datetime.timedelta(days=7)
    return start if start.month <= 8 else datetime.date(start.year + 1, 1, 4)


def add_series():
    index = EventIndexPage.objects.filter(locale__language_code="en").first()
    today = timezone.localdate()
    for series in SERIES:
        if EventPage.objects.filter(slug=series["slug"]).exists():
            continue
        fields = dict(series)
        slug = fields.pop("slug")
        if slug == "conformance-london-fortnightly":
            start = london_start(today)
        elif slug == "conformance-sydney-monthly":
            start = today + datetime.timedelta(days=12)
            start += datetime.timedelta(days=(1 - start.weekday()) % 7)  # a Tuesday
        else:
            start = today + datetime.timedelta(days=10)
        EventPageFactory(
            parent=index,
            slug=slug,
            start_date=start,
            summary="Added by the conformance harness to cover more time zones.",
            join_url=f"https://meet.example.org/{slug}-private-room",
            **fields,
        )


def secrets() -> dict:
    now = timezone.now()
    hidden = [page.join_url for page in EventPage.objects.exclude(join_url="") if not page.join_disclosed(now)]
    emails = list(get_user_model().objects.exclude(email="").values_list("email", flat=True))
    return {"emails": sorted(set(emails)), "hidden_join_urls": sorted(set(hidden))}


add_series()
print(json.dumps(secrets()))
