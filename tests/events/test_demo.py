"""The events demo content: the four kinds of event people will meet, loaded once."""

import pytest
from django.core.management import call_command
from icalendar import Calendar
from wagtail.models import Locale

from events.models import EventIndexPage, EventPage, OccurrenceChange, Organisation, Person, Venue

pytestmark = pytest.mark.django_db


def _snapshot():
    return (
        sorted(EventPage.objects.values_list("slug", "ical_uid", "ical_sequence")),
        OccurrenceChange.objects.count(),
        Person.objects.count(),
        Venue.objects.count(),
        Organisation.objects.count(),
    )


def test_demo_events_are_idempotent_and_cover_each_kind(client):
    call_command("load_demo_content")
    first = _snapshot()
    call_command("load_demo_content")
    assert _snapshot() == first

    # The demo also translates the index into Welsh and Arabic: this test checks the English one.
    english = Locale.get_default()
    index = EventIndexPage.objects.get(locale=english)
    assert index.show_in_menus
    events = {page.slug: page for page in EventPage.objects.filter(locale=english)}
    workshop = events["participation-and-power-workshop"]
    assert workshop.format == "online" and len(workshop.programme) == 5
    assert workshop.end < workshop.start.now(workshop.start.tzinfo)  # in the past
    forum = events["monthly-peer-support-forum"]
    assert forum.repeat == "monthly_weekday"
    assert forum.occurrence_changes.filter(action="cancel").count() == 1
    gathering = events["spring-network-gathering"]
    assert gathering.format == "hybrid" and gathering.organisers.count() == 3
    assert events["action-planning-day"].all_day
    listening = events["listening-well-online-workshop"]
    assert listening.registration == "site" and listening.capacity == 24 and listening.format == "online"
    assert listening.start > listening.start.now(listening.start.tzinfo)  # upcoming
    page = client.get(listening.url).content.decode()
    assert "24 places left." in page and f'href="{listening.url}register/"' in page
    assert "meet.example.org/listening-well" not in page

    upcoming = client.get(index.url).content.decode()
    assert "Monthly peer-support forum" in upcoming and "Action planning day" in upcoming
    assert "This date is cancelled" in upcoming
    past = client.get(f"{index.url}past/").content.decode()
    assert "Participation and power" in past
    assert "Rosa Adeyemi" in client.get(workshop.url).content.decode()
    feed = Calendar.from_ical(client.get(f"{index.url}feed.ics").content)
    assert len([e for e in feed.walk("VEVENT") if "RECURRENCE-ID" not in e]) == 5
    assert "Network gathering" in client.get("/en/").content.decode()
