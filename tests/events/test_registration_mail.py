"""Registration emails as a mail client gets them: a real SMTP server (aiosmtpd) in the test
process, fed by the site's own email queue and worker; calendar parts read with icalendar and
with ical.js (Thunderbird's parser), which must agree."""

import datetime

import pytest
from django.test import Client
from icalendar import Calendar

from events.models import Registrant
from tests.icaljs import read_with_icaljs
from tests.mailserver import work_the_queue

from .conftest import local_now, publish, times_from
from .registering import links, register, site_event

pytestmark = pytest.mark.django_db


def _calendar(received, method):
    """The invitation in a received email: the text/calendar part with this method, which must
    also come as invite.ics; both read with icalendar and with ical.js, which see the same event."""
    parts = [part for part in received.parts("text/calendar") if part.get_param("method") == method]
    assert parts, f"no text/calendar; method={method} in {received.subject!r}"
    files = [part for part in received.attachments() if part.get_filename() == "invite.ics"]
    assert len(files) == 1 and files[0].get_param("method") == method
    calendars = [Calendar.from_ical(part.get_content()) for part in parts + files]
    assert all(str(calendar["METHOD"]) == method for calendar in calendars)
    event = calendars[0].walk("VEVENT")[0]
    for part in parts + files:
        seen = read_with_icaljs(part.get_content())
        assert seen["method"] == method and len(seen["events"]) == 1
        (other,) = seen["events"]
        assert other["uid"] == str(event["UID"]) and other["sequence"] == int(event["SEQUENCE"])
        assert other["status"] == str(event["STATUS"])
        start = event.decoded("DTSTART").astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        assert other["start"] == start, f"ical.js reads the start as {other['start']}, icalendar as {start}"
    return event


def test_the_whole_journey_through_the_queue_and_a_real_smtp_server(smtp_server, make_event):
    page = site_event(make_event, capacity=1)
    client = Client()
    register(client, page)
    assert smtp_server.received == []  # queued, not sent during the request
    work_the_queue()
    (ask,) = smtp_server.to("ama@example.org")
    assert ask.subject == "Please confirm your registration: Online workshop"
    assert ask.message["To"] == "ama@example.org" and ask.message["Auto-Submitted"] == "auto-generated"
    confirm_path = links(ask.text)["confirm"]
    client.post(confirm_path)
    work_the_queue()
    placed = smtp_server.to("ama@example.org")[-1]
    assert placed.subject == "You have a place: Online workshop"
    event = _calendar(placed, "REQUEST")
    assert str(event["UID"]) == page.ical_uid
    assert str(event["ORGANIZER"]).startswith("mailto:") and str(event["ATTENDEE"]) == "mailto:ama@example.org"
    assert event.decoded("DTSTART") == page.start
    first_sequence = int(event["SEQUENCE"])
    assert "cancel" in links(placed.text)

    # The next person joins the waiting list; an editor postpones the event: both hear, and
    # Ama's calendar gets the update (same UID, higher SEQUENCE).
    register(client, page, name="Kofi", email="kofi@example.org")
    work_the_queue()
    client.post(links(smtp_server.to("kofi@example.org")[-1].text)["confirm"])
    publish(page, status="postponed")
    work_the_queue()
    assert "You are on the waiting list: Online workshop" in [m.subject for m in smtp_server.to("kofi@example.org")]
    update = smtp_server.to("ama@example.org")[-1]
    assert update.subject == "Change to Online workshop"
    assert "postponed" in update.text
    event = _calendar(update, "REQUEST")
    assert str(event["UID"]) == page.ical_uid and int(event["SEQUENCE"]) > first_sequence
    assert str(event["STATUS"]) == "TENTATIVE"
    assert smtp_server.to("kofi@example.org")[-1].subject == "Change to Online workshop"
    assert smtp_server.to("kofi@example.org")[-1].parts("text/calendar") == []  # no calendar entry to change

    # Moved to a new date: another update; Ama cancels: a CANCEL with a higher SEQUENCE still.
    publish(page, status="rescheduled", **times_from(local_now() + datetime.timedelta(days=20)))
    work_the_queue()
    moved = _calendar(smtp_server.to("ama@example.org")[-1], "REQUEST")
    assert int(moved["SEQUENCE"]) > int(event["SEQUENCE"])
    client.post(links(smtp_server.to("ama@example.org")[-1].text)["cancel"])
    work_the_queue()
    cancelled = _calendar(smtp_server.to("ama@example.org")[-1], "CANCEL")
    assert str(cancelled["UID"]) == page.ical_uid and int(cancelled["SEQUENCE"]) > int(moved["SEQUENCE"])
    assert Registrant.objects.get(email="kofi@example.org").status == "offered"
    offer = smtp_server.to("kofi@example.org")[-1]
    assert offer.subject == "A place is free for you: Online workshop" and "accept" in links(offer.text)
