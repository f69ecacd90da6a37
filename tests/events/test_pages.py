"""Event pages and the events index as readers meet them."""

import datetime
import json
import re

import pytest
from django.core.exceptions import ValidationError
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page

from cms.factories import StandardPageFactory
from events.factories import EventPageFactory, PersonFactory, bulk_events
from events.models import EventIndexPage, EventPage
from handbook.factories import FrameworkAreaFactory
from tests.page_rules import assert_creatable_only_under
from tests.query_counts import COLD_BUDGET, count_queries

from .conftest import days_ahead, publish

pytestmark = pytest.mark.django_db


def json_ld(html):
    return json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))


def test_page_rules(admin_client, home_page, events_index, make_event):
    about = StandardPageFactory(parent=home_page, slug="about")
    event = make_event(slug="forum")
    assert_creatable_only_under(admin_client, EventPage, allowed=[events_index], refused=[home_page, about, event])
    second_home = home_page.add_sibling(instance=type(home_page)(title="Other", slug="other", introduction="x"))
    assert_creatable_only_under(admin_client, EventIndexPage, allowed=[second_home], refused=[events_index, about])
    assert Page.objects.type(EventIndexPage).count() == 1


def test_event_page_renders_everything_people_need(client, make_event, venue, organisation):
    speaker = PersonFactory(name="Rosa Adeyemi", role="Coordinator", organisation="Renters' Union")
    programme = [
        (
            "item",
            {
                "start_time": datetime.time(10, 15),
                "end_time": datetime.time(10, 45),
                "title": "Agenda-setting with landlords",
                "description": "",
                "speakers": [speaker],
            },
        )
    ]
    page = make_event(
        slug="gathering",
        title="Network gathering",
        format="hybrid",
        venue=venue,
        start_date=datetime.date(2031, 7, 9),
        start_time=datetime.time(10, 0),
        end_time=datetime.time(13, 0),
        key_question="What can we borrow from each other?",
        accessibility="Step-free access and live captions.",
        registration="link",
        registration_url="https://tickets.example.org/gathering",
        capacity_note="40 places",
        programme=programme,
        organisers=[organisation],
        tags=["gathering"],
    )
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Wednesday 9 July 2031, 10:00",
        "(Europe/London, BST)",
        "What can we borrow from each other?",
        "Step-free access and live captions.",
        "40 places",
        'href="https://tickets.example.org/gathering"',
        "Canal Street Hall",
        "14 Canal Street",
        "Tenants Together",
        "10:15–10:45",
        "Agenda-setting with landlords",
        "Rosa Adeyemi</strong>, Coordinator, Renters&#x27; Union",
        "Download (.ics)",
        "webcal://localhost/en/events/gathering/event.ics",
        "https://calendar.google.com/calendar/render?action=TEMPLATE",
        "ctz=Europe%2FLondon",
        "https://outlook.live.com/calendar/0/action/compose?",
    ):
        assert text in html, text
    assert "Past event" not in html
    (data,) = json_ld(html)
    assert data["@type"] == "Event" and data["name"] == "Network gathering"
    assert data["startDate"] == "2031-07-09T10:00:00+01:00"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    place, virtual = data["location"]
    assert place["@type"] == "Place" and place["address"]["streetAddress"] == "14 Canal Street"
    assert virtual == {"@type": "VirtualLocation", "url": "http://localhost/en/events/gathering/"}
    assert data["organizer"] == {
        "@type": "Organization",
        "name": "Tenants Together",
        "url": "https://tenants.example.org",
    }


def test_past_event_is_clearly_marked(client, make_event):
    page = make_event(slug="old", start_date=days_ahead(-10))
    html = client.get(page.url).content.decode()
    assert "Past event" in html
    assert "joining link is shared" not in html


def test_cancelled_and_moved_online_status(client, make_event, venue):
    cancelled = make_event(slug="off", status="cancelled")
    html = client.get(cancelled.url).content.decode()
    assert ">Cancelled<" in html
    assert json_ld(html)[0]["eventStatus"] == "https://schema.org/EventCancelled"
    moved = make_event(slug="moved", format="in_person", venue=venue, status="moved_online")
    data = json_ld(client.get(moved.url).content.decode())[0]
    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"


def test_series_page_lists_its_dates_with_changes(client, make_event):
    start = days_ahead(3)
    page = make_event(slug="forum", repeat="weekly", repeat_count=4, start_date=start)
    page.occurrence_changes.create(occurrence_date=start + datetime.timedelta(weeks=1), action="cancel", note="Holiday")
    page.save()
    html = client.get(page.url).content.decode()
    assert html.count('<li id="occurrence-') == 4
    assert "This date is cancelled" in html and "Holiday" in html
    entries = json_ld(html)
    assert len(entries) == 4
    assert entries[1]["eventStatus"] == "https://schema.org/EventCancelled"


def test_validation_messages(make_event, venue):
    page = EventPageFactory.build(
        title="x", slug="x", start_date=datetime.date(2030, 1, 2), end_date=datetime.date(2030, 1, 1)
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "The end date is before the start date." in str(error.value)
    page = EventPageFactory.build(title="x", slug="x", format="in_person", registration="link", start_time=None)
    with pytest.raises(ValidationError) as error:
        page.clean()
    messages = str(error.value)
    assert "Give a start time, or tick 'all day'." in messages
    assert "Give the registration link" in messages
    assert "Choose where it happens" in messages


def test_index_lists_upcoming_first_and_archive_separately(client, make_event, events_index):
    make_event(slug="later", title="Later event", start_date=days_ahead(20))
    make_event(slug="sooner", title="Sooner event", start_date=days_ahead(5))
    make_event(slug="done", title="Finished event", start_date=days_ahead(-5))
    series = make_event(slug="forum", title="Weekly forum", repeat="weekly", repeat_count=3, start_date=days_ahead(1))
    html = client.get(events_index.url).content.decode()
    assert html.index("Weekly forum") < html.index("Sooner event") < html.index("Later event")
    assert html.count(f'href="{series.url}#occurrence-') == 3
    assert "Finished event" not in html
    past = client.get(f"{events_index.url}past/").content.decode()
    assert "Finished event" in past and "Past event" in past and "Sooner event" not in past


def test_index_filters_without_javascript(client, make_event, events_index, venue):
    area = FrameworkAreaFactory(name="Listening", slug="listening")
    month = days_ahead(40)
    make_event(slug="a", title="Online chat", format="online", tags=["peer support"], start_date=days_ahead(3))
    make_event(slug="b", title="Hall meeting", format="in_person", venue=venue, areas=[area], start_date=month)
    make_event(slug="c", title="Hybrid day", format="hybrid", venue=venue, start_date=days_ahead(3))

    def titles(query):
        html = client.get(f"{events_index.url}?{query}").content.decode()
        return [t for t in ("Online chat", "Hall meeting", "Hybrid day") if f">{t}</a>" in html], html

    assert titles("format=online")[0] == ["Online chat"]
    found, html = titles("tag=peer-support")
    assert found == ["Online chat"]
    assert "Tag: peer support" in html and "Clear all filters" in html
    assert titles("area=listening")[0] == ["Hall meeting"]
    found, html = titles(f"month={month:%Y-%m}")
    assert "Hall meeting" in found
    assert f'<option value="{month:%Y-%m}" selected>' in html
    found, html = titles("format=hybrid&tag=peer-support")
    assert found == [] and "No upcoming events match these filters." in html
    found, html = titles("month=2030-13&format=teleport")
    assert len(found) == 3
    assert "Months look like 2025-03" in html and "That format is not one we list" in html


def test_index_paginates_and_reads_well_when_empty(client, events_index, make_event):
    html = client.get(events_index.url).content.decode()
    assert "No events are planned just yet." in html
    assert "Nothing in the archive yet." in client.get(f"{events_index.url}past/").content.decode()
    for i in range(14):
        make_event(slug=f"e{i}", title=f"Numbered event {i:02d}", start_date=days_ahead(i + 1))
    first = client.get(events_index.url).content.decode()
    second = client.get(f"{events_index.url}?page=2").content.decode()
    assert "Numbered event 00" in first and "Numbered event 13" not in first
    assert "Numbered event 13" in second and "Page 2 of 2" in second


def test_home_page_lists_upcoming_events(client, home_page, make_event):
    make_event(slug="soon", title="Soon on the home page", start_date=days_ahead(2))
    html = client.get("/en/").content.decode()
    slot = html.split('id="home-events"', 1)[1].split("</section>", 1)[0]
    assert "Soon on the home page" in slot
    assert 'class="empty-state"' not in slot


def test_index_in_menus_and_page_titles(client, events_index):
    html = client.get("/en/").content.decode()
    assert f'href="{events_index.url}">Events</a>' in html
    assert "<title>Past events" in client.get(f"{events_index.url}past/").content.decode()


def test_edit_keeps_previous_start_only_for_rescheduled(make_event):
    page = make_event(slug="x", start_date=days_ahead(9))
    publish(page, start_date=days_ahead(10))
    assert page.previous_start is None


def test_query_counts_do_not_grow_from_10_to_500_events(client, home_page, make_event, events_index):
    """Index, archive, feeds, an event page and the home page cost the same at 10 and 500 events.

    Every one stays within the site-wide budget of 12 queries. The events app's own share of an
    HTML page: events, their date changes, and the tags of the visible page.
    """
    from events.factories import VenueFactory

    venue = VenueFactory()
    picture = Image.objects.create(title="Chairs", file=get_test_image_file())  # cards with pictures
    for i in range(10):
        make_event(
            slug=f"event-{i}",
            start_date=days_ahead(i * 3 - 6),
            repeat="weekly" if i == 7 else "",
            tags=["forum"],
            lead_image=picture,
            lead_image_alt="Chairs in a ring",
        )
    tag = EventPage.objects.get(slug="event-0").tagged_items.get().tag
    assert EventPage.objects.count() == 10

    urls = {
        "index": (events_index.url, COLD_BUDGET["event index"]),
        "past": (f"{events_index.url}past/", COLD_BUDGET["event index"]),
        "filtered": (f"{events_index.url}?tag=forum&format=online", COLD_BUDGET["event index"]),
        "feed": (f"{events_index.url}feed.ics", 12),
        "tag feed": (f"{events_index.url}feed/tag/forum.ics", 13),
        "home": ("/en/", COLD_BUDGET["home"]),
    }
    small = {name: count_queries(client, url) for name, (url, _budget) in urls.items()}
    small_event = count_queries(client, EventPage.objects.get(slug="event-7").url)
    bulk_events(events_index, 490, venue=venue, tag=tag)
    assert EventPage.objects.live().count() == 500
    large = {name: count_queries(client, url) for name, (url, _budget) in urls.items()}
    assert large == small
    assert count_queries(client, EventPage.objects.get(slug="event-7").url) == small_event
    assert small_event <= COLD_BUDGET["event"], f"event page: {small_event} queries"
    for name, (_url, budget) in urls.items():
        assert small[name] <= budget, f"{name}: {small[name]} queries (budget {budget})"


def test_index_offers_calendar_subscriptions(client, events_index, make_event):
    make_event(slug="a", tags=["peer support"])
    html = client.get(f"{events_index.url}?tag=peer-support").content.decode()
    assert 'href="webcal://localhost/en/events/feed.ics"' in html
    assert 'href="/en/events/feed/tag/peer-support.ics"' in html
    assert '<link rel="alternate" type="text/calendar"' in html


def _page_header(html: str) -> str:
    return html.split('<header class="page-header event__header">', 1)[1].split("</header>", 1)[0]


def test_event_page_leads_with_date_format_place_and_one_action(client, make_event, venue):
    cases = [
        ({"format": "in_person", "venue": venue, "registration": "none"}, "Add to your calendar"),
        (
            {"format": "hybrid", "venue": venue, "registration": "link", "registration_url": "https://r.example.org"},
            "Register",
        ),
        ({"format": "online", "registration": "site"}, "Register"),
    ]
    for number, (fields, action) in enumerate(cases):
        page = make_event(slug=f"lead-{number}", start_date=datetime.date(2031, 7, 9), **fields)
        header = _page_header(client.get(page.url).content.decode())
        assert "Wednesday 9 July 2031" in header
        assert page.get_format_display() in header
        if "venue" in fields:
            assert "Canal Street Hall, Manchester" in header
        actions = re.findall(r'<a class="button"[^>]*>(.*?)</a>', header, re.S)
        assert len(actions) == 1, actions
        assert actions[0].startswith(action)


def test_past_or_cancelled_events_offer_no_action_at_the_top(client, make_event):
    for slug, fields in (("old", {"start_date": days_ahead(-10)}), ("off", {"status": "cancelled"})):
        header = _page_header(client.get(make_event(slug=slug, **fields).url).content.decode())
        assert 'class="button"' not in header
