"""Join-link secrecy in every channel, and input that tries to break out of calendars or JSON-LD."""

import datetime
import json
import re

import pytest
from django.utils import timezone
from icalendar import Calendar
from icalendar.parser import unescape_backslash

from events.models import EventPage

from .conftest import local_now, times_from

pytestmark = pytest.mark.django_db

SECRET_URL = "https://meet.example.org/room-7f3k9"
SECRET_DETAILS = "Passcode zebra-4411"


def channels(client, page, index):
    """Every public place an event's data can appear, with the text each one serves."""
    urls = [
        page.url,
        f"{page.url}event.ics",
        index.url,
        f"{index.url}past/",
        f"{index.url}feed.ics",
        f"{index.url}feed/tag/online-forum.ics",
        "/en/",
        "/sitemap.xml",
        "/en/search/?q=forum",
        "/api/v2/pages/?type=events.EventPage&fields=*",
        f"/api/v2/pages/{page.pk}/",
    ]
    texts = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        texts[url] = response.content.decode()
    return texts


def _event_starting_in(make_event, delta, **fields):
    return make_event(
        slug="forum",
        title="Online forum",
        format="online",
        **times_from(local_now() + delta),
        join_url=SECRET_URL,
        join_instructions=SECRET_DETAILS,
        tags=["online forum"],
        **fields,
    )


def test_join_link_absent_from_every_channel_before_its_time(client, make_event, events_index):
    page = _event_starting_in(make_event, datetime.timedelta(days=3))
    for url, text in channels(client, page, events_index).items():
        assert SECRET_URL not in text, url
        assert "room-7f3k9" not in text, url
        assert "zebra-4411" not in text, url
    assert (
        not EventPage.objects.search("zebra").results()
        if hasattr(EventPage.objects.search("zebra"), "results")
        else True
    )
    assert list(EventPage.objects.live().search("zebra")) == []
    assert list(EventPage.objects.live().search("forum")) == [page]  # the event itself is searchable
    assert "shared here 24 hours before the start" in client.get(page.url).content.decode()


def test_join_link_shown_everywhere_once_disclosed(client, make_event, events_index):
    page = _event_starting_in(make_event, datetime.timedelta(hours=2))
    html = client.get(page.url).content.decode()
    assert f'href="{SECRET_URL}"' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data[0]["location"] == {"@type": "VirtualLocation", "url": SECRET_URL}
    calendar = Calendar.from_ical(client.get(f"{page.url}event.ics").content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["CONFERENCE"]) == SECRET_URL
    assert event["CONFERENCE"].params["VALUE"] == "URI"
    assert SECRET_DETAILS in str(event["DESCRIPTION"])
    # Still never in the sitemap, the read API or the search index.
    assert SECRET_URL not in client.get("/sitemap.xml").content.decode()
    api = client.get("/api/v2/pages/?type=events.EventPage&fields=*").json()
    assert api["items"][0]["ical_uid"] == page.ical_uid
    assert SECRET_URL not in json.dumps(api)
    assert list(EventPage.objects.live().search("zebra")) == []


def test_disclosure_lead_is_a_setting(client, make_event, settings):
    settings.EVENTS_JOIN_LINK_LEAD = datetime.timedelta(hours=1)
    page = _event_starting_in(make_event, datetime.timedelta(hours=2))
    assert SECRET_URL not in client.get(page.url).content.decode()
    assert b"CONFERENCE" not in client.get(f"{page.url}event.ics").content


def test_cancelled_event_never_discloses(client, make_event):
    page = _event_starting_in(make_event, datetime.timedelta(hours=2), status="cancelled")
    assert SECRET_URL not in client.get(page.url).content.decode()
    assert b"room-7f3k9" not in client.get(f"{page.url}event.ics").content


TRICKY = "Rent, repairs; and \\ back-slashes\nnew line — café ☕ 🌱 ünïcödé"


def test_text_round_trips_exactly(client, make_event, venue):
    venue.name = 'Hall; the "old" one, by the canal\\'
    venue.save()
    page = make_event(slug="tricky", title=TRICKY, summary=TRICKY, format="in_person", venue=venue)
    calendar = Calendar.from_ical(client.get(f"{page.url}event.ics").content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == TRICKY
    assert str(event["DESCRIPTION"]).startswith(TRICKY + "\n\n")
    assert str(event["LOCATION"]).startswith(venue.name + ", ")
    # icalendar's parser keeps NAME / X-WR-CALNAME raw; decoded as TEXT they give the title back.
    for name in ("NAME", "X-WR-CALNAME"):
        assert unescape_backslash(calendar[name].to_ical().decode()) == TRICKY


def test_no_input_can_inject_a_property(client, make_event):
    evil = "Forum\r\nATTENDEE:mailto:attacker@example.org\r\nBEGIN:VALARM\nX-INJECTED:1"
    page = make_event(slug="evil", title=evil, summary=evil, key_question=evil, start_date=local_now().date())
    # A URL with line breaks can only arrive by bypassing form validation; it must still be dropped.
    EventPage.objects.filter(pk=page.pk).update(join_url="https://x.example.org/\r\nX-INJECTED:1")
    page.refresh_from_db()
    body = client.get(f"{page.url}event.ics").content
    calendar = Calendar.from_ical(body)
    (event,) = calendar.walk("VEVENT")
    lines = body.decode().split("\r\n")
    assert not any(line.startswith(("ATTENDEE", "X-INJECTED", "BEGIN:VALARM")) for line in lines)
    assert calendar.walk("VALARM") == []
    assert "ATTENDEE" not in event and "X-INJECTED" not in event
    assert "attacker@example.org" in str(event["SUMMARY"])  # kept as text, harmlessly


def test_json_ld_cannot_break_out_of_its_script(client, make_event):
    title = '</script><script>alert("x")</script> & <b>'
    page = make_event(slug="json", title=title, summary=title)
    html = client.get(page.url).content.decode()
    assert "</script><script>alert" not in html
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert "<" not in block and ">" not in block and "&" not in block
    assert json.loads(block)[0]["name"] == title


def test_times_never_depend_on_server_zone(client, make_event, settings):
    settings.TIME_ZONE = "Pacific/Auckland"
    timezone.deactivate()
    page = make_event(slug="kolkata", time_zone="Asia/Kolkata", start_time=datetime.time(18, 30))
    assert "18:30" in client.get(page.url).content.decode()
    assert "(Asia/Kolkata, IST)" in client.get(page.url).content.decode()
