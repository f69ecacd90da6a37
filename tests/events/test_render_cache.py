"""What readers see stays right although the events pages keep computed pieces between requests.

The index keeps every event's dates and its rendered cards, event pages keep their list of
dates and their topics, and feeds keep each event's serialised VEVENTs (events.timeline,
events.listing, events.views, events.ical). These tests change what those pieces show — an
edit, a cancelled date, the clock reaching the joining-link lead time — and check that the very
next request shows it.
"""

import datetime
from unittest import mock

from django.utils import timezone
from icalendar import Calendar

from events.models import OccurrenceChange

from .conftest import days_ahead, local_now, publish, times_from

FEED = "/en/events/feed.ics"


def test_an_edited_title_reaches_the_index_card_and_the_feed_at_once(client, make_event, events_index):
    page = make_event(slug="forum", title="Tenants forum", start_date=days_ahead(5))
    assert "Tenants forum" in client.get(events_index.url).content.decode()
    assert b"SUMMARY;LANGUAGE=en:Tenants forum" in client.get(FEED).content

    publish(page, title="Renters forum")

    html = client.get(events_index.url).content.decode()
    assert "Renters forum" in html
    assert "Tenants forum" not in html
    feed = client.get(FEED).content
    assert b"Renters forum" in feed
    assert b"Tenants forum" not in feed


def test_a_new_event_appears_in_the_index_and_its_count(client, make_event, events_index):
    make_event(slug="first", title="First gathering", start_date=days_ahead(3))
    assert "(1 date)" in client.get(events_index.url).content.decode()

    make_event(slug="second", title="Second gathering", start_date=days_ahead(4))

    html = client.get(events_index.url).content.decode()
    assert "Second gathering" in html
    assert "(2 dates)" in html


def test_a_cancelled_date_shows_on_the_series_page_and_the_index(client, make_event, events_index):
    start = days_ahead(7)
    page = make_event(slug="weekly", title="Weekly circle", start_date=start, repeat="weekly", repeat_count=4)
    assert "occurrence--cancelled" not in client.get(page.url).content.decode()

    page.occurrence_changes.add(OccurrenceChange(occurrence_date=start, action="cancel"))
    publish(page)

    assert "occurrence--cancelled" in client.get(page.url).content.decode()
    assert "This date is cancelled" in client.get(events_index.url).content.decode()


def _online_event_in_three_days(make_event):
    return make_event(
        slug="online",
        title="Online forum",
        format="online",
        **times_from(local_now() + datetime.timedelta(days=3)),
        join_url="https://meet.example.org/room-42",
    )


def test_feed_shows_the_joining_link_once_the_clock_reaches_the_lead_time(client, make_event):
    page = _online_event_in_three_days(make_event)
    first = client.get(FEED).content
    assert b"room-42" not in first

    later = page.start - datetime.timedelta(hours=1)
    with mock.patch.object(timezone, "now", return_value=later):
        disclosed = client.get(FEED).content
    (event,) = Calendar.from_ical(disclosed).walk("VEVENT")
    assert str(event["CONFERENCE"]) == "https://meet.example.org/room-42"
    # The calendar entry changed, so its DTSTAMP moved on and the feed's ETag with it.
    assert disclosed != first


def test_event_page_shows_the_joining_link_once_the_clock_reaches_the_lead_time(client, make_event):
    """The page's body is kept between requests (``{% cachedhtml %}``), but never past the
    moment the joining link is due: nothing is published in between."""
    page = _online_event_in_three_days(make_event)
    assert "room-42" not in client.get(page.url).content.decode()
    assert "room-42" not in client.get(page.url).content.decode()  # now from the fragment cache

    with mock.patch.object(timezone, "now", return_value=page.start - datetime.timedelta(hours=1)):
        assert 'href="https://meet.example.org/room-42"' in client.get(page.url).content.decode()
    with mock.patch.object(timezone, "now", return_value=page.start + datetime.timedelta(days=1)):
        assert "This event has finished." in client.get(page.url).content.decode()


def test_an_event_that_has_ended_leaves_the_upcoming_list_without_any_edit(client, make_event, events_index):
    make_event(slug="soon", title="Breakfast meeting", **times_from(local_now() + datetime.timedelta(hours=1), hours=1))
    make_event(slug="later", title="Autumn assembly", start_date=days_ahead(10))
    for _ in range(2):  # the second from the fragment cache
        html = client.get(events_index.url).content.decode()
        assert "Breakfast meeting" in html and "Autumn assembly" in html and "(2 dates)" in html

    with mock.patch.object(timezone, "now", return_value=timezone.now() + datetime.timedelta(hours=3)):
        html = client.get(events_index.url).content.decode()
        assert "Breakfast meeting" not in html
        assert "Autumn assembly" in html and "(1 date)" in html
        assert "Breakfast meeting" in client.get(f"{events_index.url}past/").content.decode()
