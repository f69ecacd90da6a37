"""What calendar clients rely on beyond the event itself: busy time and visibility, time zones
that cover every date a calendar lists, a Last-Modified that moves with the newest change, and
a feed whose cost does not grow with its events."""

import datetime

import pytest
import recurring_ical_events
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import http_date
from icalendar import Calendar

from events.factories import OrganisationFactory
from events.ical import CalendarBuilder
from events.models import EventPage

from .conftest import days_ahead, local_now, publish, times_from

pytestmark = pytest.mark.django_db

FEED = "/en/events/feed.ics"


def _calendar(client, url=FEED) -> Calendar:
    response = client.get(url)
    assert response.status_code == 200
    return Calendar.from_ical(response.content)


def _observances(calendar, zone="Europe/London"):
    (vtimezone,) = [tz for tz in calendar.walk("VTIMEZONE") if str(tz["TZID"]) == zone]
    return vtimezone.subcomponents


def test_an_event_blocks_time_is_public_and_confirmed(client, make_event):
    page = publish(make_event(slug="forum", title="Forum", status="scheduled"), summary="Published by an editor.")
    (event,) = _calendar(client).walk("VEVENT")
    assert str(event["TRANSP"]) == "OPAQUE"  # shown as busy time
    assert str(event["CLASS"]) == "PUBLIC"
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event["CREATED"].dt == page.first_published_at.astimezone(datetime.UTC).replace(microsecond=0)


def test_time_zone_names_and_transitions_to_the_second(client, make_event):
    page = make_event(slug="weekly", start_date=days_ahead(7), repeat="weekly", repeat_count=110)
    observances = _observances(_calendar(client, f"{page.url}event.ics"))
    names = {(o.name, str(o["TZNAME"])) for o in observances}
    assert names == {("STANDARD", "GMT"), ("DAYLIGHT", "BST")}
    for observance in observances[1:]:  # the first is the start of the first year
        assert (observance.DTSTART.minute, observance.DTSTART.second) == (0, 0), observance.DTSTART


def _first_times(calendar) -> list:
    """Every wall-clock time a calendar's events name (starts and original dates)."""
    found = []
    for vevent in calendar.walk("VEVENT"):
        for name in ("DTSTART", "RECURRENCE-ID"):
            if name in vevent:
                found.append(vevent[name].dt.replace(tzinfo=None))
    return found


def test_a_series_from_new_years_day_is_covered_from_its_first_hour(client, make_event):
    """RFC 5545: the VTIMEZONE covers every time the calendar names; a client finding a time
    before the first observance has no offset for it."""
    new_year = datetime.date(local_now().year + 1, 1, 1)
    page = make_event(
        slug="new-year",
        time_zone="Australia/Sydney",  # summer time on 1 January
        start_date=new_year,
        start_time=datetime.time(0, 30),
        end_time=datetime.time(1, 30),
        repeat="weekly",
        repeat_count=3,
    )
    calendar = _calendar(client, f"{page.url}event.ics")
    first = min(o.DTSTART for o in _observances(calendar, "Australia/Sydney"))
    assert first <= min(_first_times(calendar))
    occurrences = recurring_ical_events.of(calendar).between(new_year, new_year + datetime.timedelta(days=1))
    assert [o["DTSTART"].dt.utcoffset() for o in occurrences] == [datetime.timedelta(hours=11)]


def test_a_date_moved_into_the_year_before_the_series_is_covered(client, make_event):
    year = local_now().year + 1
    start = datetime.date(year, 1, 4)
    page = make_event(slug="moved-back", start_date=start, repeat="weekly", repeat_count=3)
    page.occurrence_changes.create(occurrence_date=start, action="move", new_date=datetime.date(year - 1, 12, 29))
    page.save()
    calendar = _calendar(client, f"{page.url}event.ics")
    first = min(o.DTSTART for o in _observances(calendar))
    assert first <= min(_first_times(calendar))


def test_one_vtimezone_covers_events_in_different_years(client, make_event):
    soon, later = days_ahead(30), days_ahead(450)
    make_event(slug="later", title="Later", start_date=later)
    make_event(slug="soon", title="Soon", start_date=soon)
    summers = {o.DTSTART.year for o in _observances(_calendar(client)) if o.name == "DAYLIGHT"}
    assert set(range(soon.year, later.year + 1)) <= summers


def test_a_cancellation_far_ahead_in_an_open_series_is_in_the_feed(client, make_event):
    start = days_ahead(3)
    page = make_event(slug="weekly", title="Weekly", start_date=start, repeat="weekly")
    far = start + datetime.timedelta(weeks=85)  # about 20 months ahead, inside the two-year window
    page.occurrence_changes.create(occurrence_date=far, action="cancel")
    page.save()
    calendar = _calendar(client)
    (master,) = calendar.walk("VEVENT")
    exdates = master["EXDATE"] if isinstance(master["EXDATE"], list) else [master["EXDATE"]]
    assert [d.dt.date() for exdate in exdates for d in exdate.dts] == [far]
    dates = [
        o["DTSTART"].dt.date() for o in recurring_ical_events.of(calendar).between(far, far + datetime.timedelta(1))
    ]
    assert dates == []


def test_last_modified_is_the_newest_change_so_no_client_misses_it(client, make_event):
    make_event(slug="old", title="Old")
    make_event(slug="new", title="New")
    now = timezone.now().replace(microsecond=0)
    EventPage.objects.filter(slug="old").update(ical_modified_at=now - datetime.timedelta(days=10))
    EventPage.objects.filter(slug="new").update(ical_modified_at=now - datetime.timedelta(days=1))
    # A client that last fetched when only the older change existed is sent the calendar again.
    seen = http_date((now - datetime.timedelta(days=10)).timestamp())
    response = client.get(FEED, HTTP_IF_MODIFIED_SINCE=seen)
    assert response.status_code == 200
    assert sorted(str(e["SUMMARY"]) for e in Calendar.from_ical(response.content).walk("VEVENT")) == ["New", "Old"]


def _feed_queries(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(FEED).status_code == 200
    return len(queries)


def test_feed_queries_do_not_grow_with_its_events(client, make_event):
    first = OrganisationFactory(name="Tenants Together")
    make_event(slug="e0", start_date=days_ahead(5), organisers=[first])
    _feed_queries(client)  # the first page address looks up the site's root paths once
    one = _feed_queries(client)  # (the page cache is off in tests: every GET renders)
    for n in range(1, 4):
        other = OrganisationFactory(name=f"Group {n}")
        make_event(slug=f"e{n}", start_date=days_ahead(5 + n), organisers=[first, other])
    assert _feed_queries(client) == one
    for vevent in _calendar(client).walk("VEVENT"):
        assert "Organised by" in str(vevent["DESCRIPTION"])


def test_a_calendar_built_for_a_moment_shows_what_is_disclosed_by_then(make_event):
    """Invitations and reminders are built for the moment they are sent: the joining details
    appear once that moment is inside the joining window (a day before), not by the clock."""
    start = local_now() + datetime.timedelta(days=5)
    page = make_event(
        slug="online",
        title="Online",
        format="online",
        **times_from(start),
        join_url="https://meet.example.org/room",
        join_instructions="Code 4411",
    )
    for moment, disclosed in ((start - datetime.timedelta(hours=1), True), (timezone.now(), False)):
        builder = CalendarBuilder(name="N", description="D", url="", now=moment)
        builder.add(EventPage.objects.get(pk=page.pk))
        (event,) = Calendar.from_ical(builder.to_ical()).walk("VEVENT")
        assert ("Joining details: Code 4411" in str(event["DESCRIPTION"])) is disclosed
        assert ("CONFERENCE" in event) is disclosed
        if disclosed:  # RFC 7986: what a client shows on its "join" button
            assert str(event["CONFERENCE"]) == "https://meet.example.org/room"
            assert dict(event["CONFERENCE"].params) == {"VALUE": "URI", "FEATURE": "VIDEO", "LABEL": "Join online"}


def test_an_all_day_series_ends_on_its_last_date(client, make_event):
    start = days_ahead(10)
    page = make_event(
        slug="camp",
        all_day=True,
        start_time=None,
        end_time=None,
        start_date=start,
        repeat="weekly",
        repeat_until=start + datetime.timedelta(weeks=2),
    )
    calendar = _calendar(client, f"{page.url}event.ics")
    (master,) = calendar.walk("VEVENT")
    assert master["RRULE"]["UNTIL"] == [start + datetime.timedelta(weeks=2)]
    found = recurring_ical_events.of(calendar).between(start, start + datetime.timedelta(days=60))
    assert [o["DTSTART"].dt for o in found] == [start + datetime.timedelta(weeks=n) for n in range(3)]


def test_location_says_online_only_for_an_online_event(client, make_event, venue):
    make_event(slug="online", title="Online", format="online")
    make_event(slug="unplaced", title="Unplaced", format="in_person", venue=venue)
    venue.delete()  # the event keeps its format and loses its place (SET_NULL)
    events = {str(e["SUMMARY"]): e for e in _calendar(client).walk("VEVENT")}
    assert str(events["Online"]["LOCATION"]) == "Online"
    assert "LOCATION" not in events["Unplaced"]


# --- Invitations (iTIP): one date of a series, for one person --------------------------------


def _invitation(page, occurrence, **kwargs) -> tuple:
    sent = datetime.datetime(2026, 3, 1, 9, 30, tzinfo=datetime.UTC)
    builder = CalendarBuilder(name=page.title, description=page.summary, url="", now=sent, method="REQUEST")
    builder.add_invitation(
        page,
        occurrence,
        attendee=("ama@example.org", "Ama"),
        organizer=("events@example.org", "Test Hub"),
        sequence=7,
        **kwargs,
    )
    calendar = Calendar.from_ical(builder.to_ical())
    assert calendar.get_missing_tzids() == set()
    (event,) = calendar.walk("VEVENT")
    return calendar, event, sent


def test_an_invitation_for_one_moved_date_of_a_series(make_event):
    start = days_ahead(7)
    page = make_event(slug="weekly", title="Weekly", start_date=start, repeat="weekly", repeat_count=4)
    page.occurrence_changes.create(
        occurrence_date=start + datetime.timedelta(weeks=1), action="move", new_start_time=datetime.time(21, 0)
    )
    page.save()
    page = EventPage.objects.get(pk=page.pk)
    moved = page.occurrences_between(page.start, page.start + datetime.timedelta(weeks=5))[1]
    calendar, event, sent = _invitation(page, moved)
    assert str(calendar["METHOD"]) == "REQUEST" and "REFRESH-INTERVAL" not in calendar  # not a subscription
    assert event["RECURRENCE-ID"].dt == moved.original_start  # which date of the series it is
    assert (event["DTSTART"].dt, event["DTEND"].dt) == (moved.start, moved.end)
    assert event["DTSTAMP"].dt == sent and int(event["SEQUENCE"]) == 7
    assert len([line for line in event.to_ical().splitlines() if line.startswith(b"SEQUENCE")]) == 1
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["ORGANIZER"]) == "mailto:events@example.org"
    assert dict(event["ORGANIZER"].params) == {"CN": "Test Hub"}
    assert str(event["ATTENDEE"]) == "mailto:ama@example.org"
    assert dict(event["ATTENDEE"].params) == {
        "CN": "Ama",
        "ROLE": "REQ-PARTICIPANT",
        "PARTSTAT": "ACCEPTED",
        "RSVP": "FALSE",
    }


def test_an_invitation_for_a_single_event_and_its_cancellation(make_event):
    page = EventPage.objects.get(pk=make_event(slug="single", title="Single", start_date=days_ahead(9)).pk)
    (occurrence,) = page.occurrences_between(page.start, page.end)
    _calendar, event, _sent = _invitation(page, occurrence)
    assert "RECURRENCE-ID" not in event and str(event["STATUS"]) == "CONFIRMED"
    _calendar, cancelled, _sent = _invitation(page, occurrence, cancelled=True)
    assert str(cancelled["STATUS"]) == "CANCELLED"


def test_an_invitation_for_a_cancelled_date_of_a_series_cancels_it(make_event):
    start = days_ahead(7)
    page = make_event(slug="weekly", title="Weekly", start_date=start, repeat="weekly", repeat_count=3)
    page.occurrence_changes.create(occurrence_date=start, action="cancel")
    page.save()
    page = EventPage.objects.get(pk=page.pk)
    first = page.occurrences_between(page.start, page.start + datetime.timedelta(days=1))[0]
    _calendar, event, _sent = _invitation(page, first)
    assert str(event["STATUS"]) == "CANCELLED"
