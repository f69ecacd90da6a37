"""Calendar export conformance: what real calendar clients need from our .ics files."""

import datetime
import uuid
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from django.utils import timezone
from icalendar import Calendar

from events.models import EventPage

from .conftest import days_ahead, local_now, publish

pytestmark = pytest.mark.django_db

FEED = "/en/events/feed.ics"


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar.get_missing_tzids() == set(), "every TZID needs a VTIMEZONE"
    return calendar


def vevents(calendar, uid=None):
    return [c for c in calendar.walk("VEVENT") if uid is None or str(c["UID"]) == uid]


def test_feed_headers_validators_and_metadata(client, make_event):
    make_event(slug="forum", title="Forum")
    response = client.get(FEED)
    calendar = parse(response)
    assert response["X-Robots-Tag"] == "noindex"
    assert "Set-Cookie" not in response and not response.cookies
    assert response["ETag"] and response["Last-Modified"]
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["X-WR-CALNAME"]) == str(calendar["NAME"]) == "Test Hub events"
    assert calendar["DESCRIPTION"]
    assert calendar["REFRESH-INTERVAL"].to_ical() == b"PT6H"
    assert calendar["X-PUBLISHED-TTL"].to_ical() == b"PT6H"


def test_repeat_gets_are_byte_identical_and_answer_304(client, make_event):
    make_event(slug="forum")
    first, second = client.get(FEED), client.get(FEED)
    assert first.content == second.content
    assert first["ETag"] == second["ETag"]
    assert client.get(FEED, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(FEED, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.post(FEED).status_code == 405


def test_feeds_by_tag_and_area_and_unknown_ones(client, make_event):
    from handbook.factories import FrameworkAreaFactory

    listening = FrameworkAreaFactory(name="Listening", slug="listening")
    make_event(slug="a", title="Tagged forum", tags=["peer support"], areas=[listening])
    make_event(slug="b", title="Other event")
    tagged = parse(client.get("/en/events/feed/tag/peer-support.ics"))
    assert [str(e["SUMMARY"]) for e in vevents(tagged)] == ["Tagged forum"]
    area = parse(client.get("/en/events/feed/area/listening.ics"))
    assert [str(e["SUMMARY"]) for e in vevents(area)] == ["Tagged forum"]
    assert "peer support" in str(tagged["X-WR-CALNAME"])
    assert client.get("/en/events/feed/tag/no-such-tag.ics").status_code == 404
    assert client.get("/en/events/feed/area/no-such-area.ics").status_code == 404


@pytest.mark.parametrize(
    ("zone", "changes"),
    [("Europe/London", 2), ("America/New_York", 2), ("Australia/Sydney", 2), ("Asia/Kolkata", 0)],
)
def test_weekly_series_keeps_wall_clock_time_across_both_clock_changes(client, make_event, zone, changes):
    start = days_ahead(7)
    page = make_event(
        slug="weekly",
        time_zone=zone,
        start_date=start,
        start_time=datetime.time(19, 0),
        end_time=datetime.time(20, 30),
        repeat="weekly",
        repeat_count=56,
    )
    calendar = parse(client.get(f"/en/events/{page.slug}/event.ics"))
    assert [tz.tz_name for tz in calendar.timezones] == [zone]
    occurrences = recurring_ical_events.of(calendar).between(start, start + datetime.timedelta(days=400))
    assert len(occurrences) == 56
    tz = ZoneInfo(zone)
    offsets = []
    for occurrence in occurrences:
        local = occurrence["DTSTART"].dt.astimezone(tz)
        assert (local.hour, local.minute) == (19, 0), local
        assert occurrence["DTEND"].dt - occurrence["DTSTART"].dt == datetime.timedelta(minutes=90)
        offsets.append(local.utcoffset())
    switches = sum(1 for a, b in zip(offsets, offsets[1:], strict=False) if a != b)
    assert switches == changes


def test_all_day_events_use_dates_with_exclusive_end(client, make_event):
    page = make_event(
        slug="camp", all_day=True, start_time=None, end_time=None, start_date=days_ahead(10), end_date=days_ahead(12)
    )
    (event,) = vevents(parse(client.get("/en/events/camp/event.ics")))
    assert event["DTSTART"].to_ical() == page.start_date.strftime("%Y%m%d").encode()
    assert event["DTSTART"].params.get("VALUE") == "DATE"
    assert event["DTEND"].dt == days_ahead(13)  # the day after the last day
    assert "TZID" not in event["DTSTART"].params


def test_series_until_is_utc_and_cancelled_and_moved_dates(client, make_event):
    start = days_ahead(7)
    page = make_event(
        slug="forum",
        start_date=start,
        start_time=datetime.time(18, 0),
        end_time=datetime.time(19, 0),
        repeat="weekly",
        repeat_until=start + datetime.timedelta(weeks=5),
    )
    page.occurrence_changes.create(occurrence_date=start + datetime.timedelta(weeks=1), action="cancel")
    page.occurrence_changes.create(
        occurrence_date=start + datetime.timedelta(weeks=2),
        action="move",
        new_date=start + datetime.timedelta(weeks=2, days=1),
        new_start_time=datetime.time(20, 0),
        note="Moved for the holiday",
    )
    page.save()
    calendar = parse(client.get("/en/events/forum/event.ics"))
    master = next(e for e in vevents(calendar) if "RRULE" in e)
    until = master["RRULE"]["UNTIL"][0]
    assert until.tzinfo is not None and until.utcoffset() == datetime.timedelta(0)
    assert b"Z" in master["RRULE"].to_ical()
    assert "EXDATE" in master
    override = next(e for e in vevents(calendar) if "RECURRENCE-ID" in e)
    assert override["RECURRENCE-ID"].dt.date() == start + datetime.timedelta(weeks=2)
    assert "Moved for the holiday" in str(override["DESCRIPTION"])
    dates = [
        (o["DTSTART"].dt.date(), o["DTSTART"].dt.astimezone(ZoneInfo("Europe/London")).hour)
        for o in recurring_ical_events.of(calendar).between(start, start + datetime.timedelta(days=60))
    ]
    assert (start + datetime.timedelta(weeks=1), 18) not in dates  # cancelled
    assert (start + datetime.timedelta(weeks=2), 18) not in dates  # moved away …
    assert (start + datetime.timedelta(weeks=2, days=1), 20) in dates  # … to here
    assert len(dates) == 5


def _sequence(client, page):
    page.refresh_from_db()
    (event,) = [e for e in vevents(parse(client.get(f"{page.url}event.ics"))) if "RECURRENCE-ID" not in e]
    return str(event["UID"]), int(event["SEQUENCE"])


def test_uid_is_stable_and_sequence_rises_on_time_place_status(client, make_event, venue):
    page = make_event(slug="gathering", title="Gathering")
    uid, sequence = _sequence(client, page)
    assert uid == page.ical_uid and str(uuid.UUID(uid)) == uid, "a bare UUID: nothing of the host name"
    seen = [sequence]
    publish(page, title="Gathering, renamed")
    assert _sequence(client, page) == (uid, seen[-1]), "a title edit changes no time, place or status"
    publish(page, slug="gathering-moved")
    assert _sequence(client, page)[0] == uid
    for change in (
        {"start_time": datetime.time(17, 0)},
        {"format": "hybrid", "venue": venue},
        {"status": "cancelled"},
    ):
        publish(page, **change)
        new_uid, new_sequence = _sequence(client, page)
        assert new_uid == uid
        assert new_sequence > seen[-1], change
        seen.append(new_sequence)


def test_sequence_never_falls_when_an_older_revision_is_published(client, make_event):
    page = make_event(slug="forum")
    old_revision = page.save_revision()
    publish(page, start_time=datetime.time(9, 0))
    publish(page, start_time=datetime.time(10, 0))
    before = _sequence(client, page)[1]
    old_revision.publish()
    assert _sequence(client, page)[1] > before


def test_copied_event_gets_its_own_uid(make_event, events_index):
    page = make_event(slug="original")
    copy = page.copy(update_attrs={"slug": "copy", "title": "Copy"}, to=events_index)
    assert copy.specific.ical_uid != page.ical_uid


def test_rescheduled_event_keeps_previous_start(client, make_event):
    page = make_event(slug="moved", start_date=days_ahead(20))
    old_start = page.start
    publish(page, status="rescheduled", start_date=days_ahead(27))
    assert page.previous_start == old_start
    html = client.get(page.url).content.decode()
    assert '"previousStartDate"' in html and '"https://schema.org/EventRescheduled"' in html


def test_cancelled_event_stays_in_feed_for_a_grace_period(client, make_event):
    page = make_event(slug="forum", title="Forum")
    before = _sequence(client, page)[1]
    publish(page, status="cancelled")
    (event,) = vevents(parse(client.get(FEED)))
    assert str(event["STATUS"]) == "CANCELLED" and int(event["SEQUENCE"]) > before
    EventPage.objects.filter(pk=page.pk).update(status_changed_at=timezone.now() - datetime.timedelta(days=61))
    assert vevents(parse(client.get(FEED))) == []


def test_feed_window_is_ninety_days_back_to_two_years_ahead(client, make_event):
    make_event(slug="old", title="Long ago", start_date=days_ahead(-100))
    make_event(slug="recent", title="Recent", start_date=days_ahead(-80))
    make_event(slug="soon", title="Soon", start_date=days_ahead(700))
    make_event(slug="far", title="Far off", start_date=days_ahead(760))
    titles = sorted(str(e["SUMMARY"]) for e in vevents(parse(client.get(FEED))))
    assert titles == ["Recent", "Soon"]


def test_vtimezone_for_every_zone_used(client, make_event):
    make_event(slug="a", time_zone="Europe/London")
    make_event(slug="b", time_zone="Australia/Sydney", repeat="monthly_day")
    make_event(slug="c", time_zone="America/New_York", all_day=True, start_time=None, end_time=None)
    make_event(slug="d", time_zone="Asia/Kolkata")
    calendar = parse(client.get(FEED))
    assert sorted(tz.tz_name for tz in calendar.timezones) == ["Asia/Kolkata", "Australia/Sydney", "Europe/London"]


def test_editing_a_venue_is_a_change_of_place(client, make_event, venue):
    page = make_event(slug="hall", format="in_person", venue=venue)
    uid, before = _sequence(client, page)
    venue.street_address = "2 New Road"
    venue.save()
    (event,) = vevents(parse(client.get(f"{page.url}event.ics")))
    assert str(event["UID"]) == uid
    assert int(event["SEQUENCE"]) == before + 1
    assert "2 New Road" in str(event["LOCATION"])


def _observances(calendar, zone):
    (vtimezone,) = [tz for tz in calendar.walk("VTIMEZONE") if str(tz["TZID"]) == zone]
    return vtimezone.subcomponents


def test_vtimezone_has_one_observance_per_transition_for_every_year_of_the_series(client, make_event):
    """ical.js ignores an observance's DTSTART when it has RDATEs: each transition stands alone,
    its DTSTART in the offset it replaces (London: 01:00 GMT in spring, 02:00 BST in autumn)."""
    start = days_ahead(7)
    page = make_event(
        slug="weekly",
        start_date=start,
        start_time=datetime.time(19, 0),
        end_time=datetime.time(20, 0),
        repeat="weekly",
        repeat_count=160,  # three years and more
    )
    last_year = (start + datetime.timedelta(weeks=159)).year
    observances = _observances(parse(client.get(f"/en/events/{page.slug}/event.ics")), "Europe/London")
    assert all("RDATE" not in observance for observance in observances)
    starts = [observance.DTSTART for observance in observances]
    assert starts == sorted(starts)
    summers = {o.DTSTART.year: o.DTSTART for o in observances if o.name == "DAYLIGHT"}
    winters = {o.DTSTART.year: o.DTSTART for o in observances if o.name == "STANDARD" and o.DTSTART.month == 10}
    assert set(summers) == set(winters) == set(range(start.year, last_year + 1))
    for year in summers:
        assert (summers[year].month, summers[year].hour) == (3, 1), summers[year]
        assert (winters[year].month, winters[year].hour) == (10, 2), winters[year]
        assert summers[year].weekday() == winters[year].weekday() == 6  # last Sundays


def test_vtimezone_of_an_open_ended_series_reaches_the_end_of_the_feed_window(client, make_event):
    start = days_ahead(7)
    make_event(slug="monthly", time_zone="America/New_York", start_date=start, repeat="monthly_weekday")
    observances = _observances(parse(client.get(FEED)), "America/New_York")
    window_end = (local_now() + datetime.timedelta(days=730)).year
    assert max(o.DTSTART.year for o in observances) == window_end
    for observance in observances[1:]:
        moment = observance.DTSTART.replace(tzinfo=datetime.timezone(observance.TZOFFSETFROM))
        after = (moment + datetime.timedelta(minutes=1)).astimezone(ZoneInfo("America/New_York"))
        before = (moment - datetime.timedelta(minutes=1)).astimezone(ZoneInfo("America/New_York"))
        assert (before.utcoffset(), after.utcoffset()) == (observance.TZOFFSETFROM, observance.TZOFFSETTO)
