"""What a calendar client shows from our .ics files: the calendar's own header lines, and each
entry's title and description text, read back with icalendar as a client would."""

import datetime

import pytest
from icalendar import Calendar, Event

import events.ical
from events.ical import serialise
from events.vtimezone import vtimezone

from .conftest import days_ahead, local_now, times_from

pytestmark = pytest.mark.django_db

FEED = "/en/events/feed.ics"


def _calendar(client, url=FEED) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200
    return Calendar.from_ical(response.content)


def _paragraphs(vevent) -> list[str]:
    return str(vevent["DESCRIPTION"]).split("\n\n")


def _by_title(calendar) -> dict:
    return {str(e["SUMMARY"]): e for e in calendar.walk("VEVENT")}


def test_calendar_says_what_it_is_and_where_it_comes_from(client, make_event):
    """RFC 5545 requires PRODID and VERSION:2.0; clients subscribe through URL/SOURCE and
    refresh by REFRESH-INTERVAL (a DURATION)."""
    make_event(slug="forum", title="Forum")
    calendar = _calendar(client)
    assert str(calendar["PRODID"]) == "-//Social Action Hub//Events//EN"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert calendar["X-WR-CALDESC"].to_ical() == calendar["DESCRIPTION"].to_ical()
    assert str(calendar["URL"]) == str(calendar["SOURCE"])
    assert str(calendar["URL"]).startswith("http") and str(calendar["URL"]).endswith(FEED)
    assert calendar["REFRESH-INTERVAL"].params["VALUE"] == "DURATION"
    assert calendar["NAME"].params["LANGUAGE"] == "en"
    assert calendar["DESCRIPTION"].params["LANGUAGE"] == "en"
    (event,) = calendar.walk("VEVENT")
    assert event["SUMMARY"].params["LANGUAGE"] == "en"
    stamp = event["DTSTAMP"].dt
    assert stamp.utcoffset() == datetime.timedelta(0)  # RFC 5545: DTSTAMP in UTC
    assert stamp == event["LAST-MODIFIED"].dt


def test_an_unsafe_calendar_url_is_left_out(make_event):
    from events.ical import CalendarBuilder

    builder = CalendarBuilder(name="N", description="D", url="javascript:alert(1)")
    calendar = Calendar.from_ical(builder.to_ical())
    assert "URL" not in calendar and "SOURCE" not in calendar
    assert "LANGUAGE" not in calendar["NAME"].params  # no language given, none claimed


def test_cancelled_and_postponed_titles_say_so(client, make_event):
    make_event(slug="a", title="Forum A", status="cancelled")
    make_event(slug="b", title="Forum B", status="postponed")
    make_event(slug="c", title="Forum C", status="scheduled")
    assert sorted(_by_title(_calendar(client))) == ["Cancelled: Forum A", "Forum C", "Postponed: Forum B"]


def test_only_the_event_that_moved_online_says_so(client, make_event):
    make_event(slug="moved", title="Moved", status="moved_online", start_date=days_ahead(10))
    make_event(slug="kept", title="Kept", status="scheduled", start_date=days_ahead(11))
    events = _by_title(_calendar(client))
    assert "This event has moved online." in _paragraphs(events["Moved"])
    assert "This event has moved online." not in str(events["Kept"]["DESCRIPTION"])


def test_description_has_question_organisers_and_page_link(client, make_event, organisation):
    from events.factories import OrganisationFactory

    other = OrganisationFactory(name="Allotment Alliance")
    page = make_event(
        slug="forum",
        title="Forum",
        summary="An evening of sharing.",
        key_question="How do we share leadership?",
        organisers=[organisation, other],
    )
    make_event(slug="plain", title="Plain", summary="Just a meeting.", key_question="")
    for calendar in (_calendar(client), _calendar(client, f"{page.url}event.ics")):
        forum = _by_title(calendar)["Forum"]
        url = str(forum["URL"])
        assert url.startswith("http") and url.endswith(page.url)
        assert _paragraphs(forum) == [
            "An evening of sharing.",
            "How do we share leadership?",
            "Organised by Allotment Alliance, Tenants Together",
            f"Details: {url}",
        ]
    plain = _by_title(_calendar(client))["Plain"]
    assert _paragraphs(plain) == ["Just a meeting.", f"Details: {plain['URL']}"]


def test_joining_details_are_their_own_paragraph_once_disclosed(client, make_event):
    page = make_event(
        slug="online",
        title="Online",
        summary="Online gathering.",
        format="online",
        **times_from(local_now() + datetime.timedelta(hours=2)),
        join_url="https://meet.example.org/room",
        join_instructions="Code 4411",
    )
    (event,) = _calendar(client, f"{page.url}event.ics").walk("VEVENT")
    assert "Joining details: Code 4411" in _paragraphs(event)


def _folding_calendar() -> Calendar:
    """Lines either side of the 75-octet fold: ASCII, two- and four-byte characters, and a
    backslash escape where icalendar keeps it off the fold."""
    calendar = Calendar()
    calendar.add("PRODID", "-//test//EN")
    calendar.add("VERSION", "2.0")
    calendar.add_component(vtimezone("Europe/London", 2026, 2026))
    for width in range(60, 80):
        event = Event()
        event.add("UID", f"{width}@example.org")
        for text in ("x" * width, "é" * (width // 2), "جارة" * (width // 8), "🙂" * (width // 4), "a," * (width // 2)):
            event.add("DESCRIPTION", text, parameters={"LANGUAGE": "en"})
            event.add("SUMMARY", text)
        event.add("DTSTART", datetime.datetime(2026, 3, 29, 1, 30, tzinfo=datetime.UTC))
        calendar.add_component(event)
    return calendar


def test_serialise_is_icalendars_own_to_ical_byte_for_byte():
    calendar = _folding_calendar()
    for ordered in (True, False):
        assert serialise(calendar, sorted=ordered) == calendar.to_ical(sorted=ordered)
        for event in calendar.walk("VEVENT"):
            assert serialise(event, sorted=ordered) == event.to_ical(sorted=ordered)


def test_feed_is_what_icalendar_alone_would_write(client, make_event, monkeypatch):
    """The feed's faster serialising (``events.ical.serialise``) changes no byte of it."""
    make_event(slug="long", title="A forum with a title long enough to fold " * 3, summary="Sharing, é; " * 20)
    make_event(slug="series", title="Weekly", repeat="weekly", repeat_count=5)
    ours = client.get(FEED).content
    monkeypatch.setattr(events.ical, "serialise", lambda component, sorted=True: component.to_ical(sorted=sorted))
    assert client.get(FEED).content == ours
