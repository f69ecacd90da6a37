"""The events demo content: the four kinds of event people will meet, loaded once."""

import datetime

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
    assert len([e for e in feed.walk("VEVENT") if "RECURRENCE-ID" not in e]) == 7
    assert "Shaping fair services together" in client.get("/en/").content.decode()  # the next event


def test_demo_has_the_seeds_workshop_and_co_organised_series(client):
    """The shapes the source documents describe: a network of networks' half-day workshop ahead,
    with four speakers, times in GMT, free registration here and the link sent the day before;
    and a care-work series run by several collectives with topics for its next gathering."""
    call_command("load_demo_content", verbosity=0)
    english = Locale.get_default()
    events = {page.slug: page for page in EventPage.objects.filter(locale=english)}

    workshop = events["fair-services-half-day-workshop"]
    now = workshop.start.now(workshop.start.tzinfo)
    assert workshop.format == "online" and workshop.start > now  # upcoming
    assert workshop.time_zone == "Europe/London" and workshop.end - workshop.start == datetime.timedelta(hours=3)
    assert workshop.registers_here and workshop.is_free and workshop.join_lead_hours == 24
    assert [o.name for o in workshop.organisers.all()] == ["Fair Services Network of Networks"]
    talks = [item.value for item in workshop.programme if item.value["speakers"]]
    speakers = [person for talk in talks for person in talk["speakers"]]
    assert len(talks) == 4 and len({person.pk for person in speakers}) == 4
    assert all(person.role and person.organisation for person in speakers)
    page = client.get(workshop.url).content.decode()
    assert f'href="{workshop.url}register/"' in page and "Times in Europe/London." in page
    assert "meet.example.org/fair-services-workshop" not in page  # only registrants get it
    for person, talk in zip(speakers, talks, strict=True):
        assert person.name in page and talk["title"] in page
    assert "network of networks" in workshop.summary.lower()

    exchange = events["care-work-exchange"]
    assert exchange.is_series and exchange.organisers.count() >= 2
    assert any(o.start > now for o in exchange.occurrences_between(now, now + datetime.timedelta(days=62)))
    page = client.get(exchange.url).content.decode()
    assert "Topics for the next gathering" in page
    topics = page.split("Topics for the next gathering", 1)[1]
    assert topics.count("<li>") >= 5
    for organiser in exchange.organisers.all():
        assert organiser.name in page
    upcoming = client.get(events["care-work-exchange"].get_parent().url).content.decode()
    assert "Care work exchange" in upcoming and "Shaping fair services together" in upcoming
