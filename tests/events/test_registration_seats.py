"""Places, the waiting list and seat offers; change notices when an editor moves or cancels."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events.models import Registrant

from .conftest import local_now, publish, times_from
from .registering import calendar_parts, confirm, links, mails_to, register, site_event

pytestmark = pytest.mark.django_db


def _registered(client, page, name):
    address = f"{name.lower()}@example.org"
    register(client, page, name=name, email=address)
    confirm(client, mails_to(mail.outbox, address)[-1])
    return Registrant.objects.get(email=address)


def test_when_full_people_join_the_waiting_list_and_a_freed_place_is_offered_in_turn(client, make_event):
    page = site_event(make_event, capacity=1)
    ama = _registered(client, page, "Ama")
    assert ama.status == "confirmed"
    assert "All places are taken" in client.get(page.url).content.decode()
    kofi = _registered(client, page, "Kofi")
    efua = _registered(client, page, "Efua")
    assert (kofi.status, efua.status) == ("waiting", "waiting")
    waiting_mail = mails_to(mail.outbox, "kofi@example.org")[-1]
    assert waiting_mail.subject == "You are on the waiting list: Online workshop"
    assert calendar_parts(waiting_mail) == [] and "cancel" in links(waiting_mail.body)

    # Ama cancels from her email: her calendar entry is withdrawn, Kofi (first in line) gets the offer.
    cancel_path = links(mails_to(mail.outbox, "ama@example.org")[-1].body)["cancel"]
    assert "Cancel my registration" in client.get(cancel_path).content.decode()
    client.post(cancel_path)
    ama.refresh_from_db()
    assert ama.status == "cancelled"
    (method, calendar), *_ = calendar_parts(mails_to(mail.outbox, "ama@example.org")[-1])
    assert method == "CANCEL" and str(calendar.walk("VEVENT")[0]["UID"]) == page.ical_uid
    kofi.refresh_from_db()
    efua.refresh_from_db()
    assert (kofi.status, efua.status) == ("offered", "waiting")
    offer = mails_to(mail.outbox, "kofi@example.org")[-1]
    assert offer.subject == "A place is free for you: Online workshop"
    assert kofi.offer_expires_at == kofi.offered_at + datetime.timedelta(hours=24)

    # Kofi lets the deadline pass: the offer lapses and goes to Efua, who accepts.
    later = timezone.now() + datetime.timedelta(hours=25)
    from events.registration import jobs

    jobs.run(now=later)
    kofi.refresh_from_db()
    efua.refresh_from_db()
    assert (kofi.status, efua.status) == ("expired", "offered")
    assert "gone to the next person" in mails_to(mail.outbox, "kofi@example.org")[-1].subject
    accept_path = links(mails_to(mail.outbox, "efua@example.org")[-1].body)["accept"]
    client.post(accept_path)
    efua.refresh_from_db()
    assert efua.status == "confirmed"
    (method, _calendar), *_ = calendar_parts(mails_to(mail.outbox, "efua@example.org")[-1])
    assert method == "REQUEST"
    # Kofi's old link can no longer take the place.
    client.post(links(offer.body)["accept"])
    kofi.refresh_from_db()
    assert kofi.status == "expired"


def test_more_places_after_an_edit_go_to_the_people_waiting(client, make_event):
    page = site_event(make_event, capacity=1)
    _registered(client, page, "Ama")
    kofi = _registered(client, page, "Kofi")
    publish(page, capacity=2)
    kofi.refresh_from_db()
    assert kofi.status == "offered"


def test_the_page_and_json_ld_show_availability_without_names(client, make_event):
    import json
    import re

    page = site_event(make_event, capacity=1)

    def offer():
        html = client.get(page.url).content.decode()
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
        return data[0], html

    event, _ = offer()
    assert event["offers"]["availability"] == "https://schema.org/InStock"
    assert event["remainingAttendeeCapacity"] == 1 and event["maximumAttendeeCapacity"] == 1
    assert event["offers"]["url"].endswith(f"{page.url}register/")
    _registered(client, page, "Ama")
    event, html = offer()
    assert event["offers"]["availability"] == "https://schema.org/SoldOut"
    assert event["remainingAttendeeCapacity"] == 0
    assert "Ama" not in html and "ama@example.org" not in html


def test_postponing_or_moving_sends_an_update_with_a_higher_sequence(client, make_event):
    page = site_event(make_event, capacity=3)
    ama = _registered(client, page, "Ama")
    kofi = _registered(client, page, "Kofi")
    (_, first), *_ = calendar_parts(mails_to(mail.outbox, "ama@example.org")[-1])
    first_sequence = int(first.walk("VEVENT")[0]["SEQUENCE"])
    mail.outbox.clear()

    publish(page, summary="Same time, new words.")  # no change of time or place: nobody is bothered
    assert mail.outbox == []

    new_start = local_now() + datetime.timedelta(days=17)
    publish(page, status="rescheduled", **times_from(new_start))
    updates = {m.to[0]: m for m in mail.outbox}
    assert set(updates) == {"ama@example.org", "kofi@example.org"}
    (method, calendar), *_ = calendar_parts(updates["ama@example.org"])
    event = calendar.walk("VEVENT")[0]
    assert method == "REQUEST" and str(event["UID"]) == page.ical_uid
    assert int(event["SEQUENCE"]) > first_sequence
    assert event.decoded("DTSTART").date() == new_start.date()
    assert "cancel" in links(updates["ama@example.org"].body)

    mail.outbox.clear()
    publish(page, status="cancelled")
    (method, calendar), *_ = calendar_parts(mails_to(mail.outbox, "kofi@example.org")[-1])
    assert method == "CANCEL" and str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"
    assert int(calendar.walk("VEVENT")[0]["SEQUENCE"]) > int(event["SEQUENCE"])
    ama.refresh_from_db()
    kofi.refresh_from_db()
    assert ama.invited is False


def test_a_date_of_a_series_has_its_own_places_and_its_own_cancellation(client, make_event):
    start = local_now() + datetime.timedelta(days=3)
    page = site_event(make_event, capacity=1, repeat="weekly", repeat_count=4, **times_from(start))
    second = (start + datetime.timedelta(days=7)).date()
    register(client, page, name="Ama", email="ama@example.org", occurrence=start.date().isoformat())
    register(client, page, name="Kofi", email="kofi@example.org", occurrence=second.isoformat())
    for address in ("ama@example.org", "kofi@example.org"):
        confirm(client, mails_to(mail.outbox, address)[-1])
    assert set(Registrant.objects.values_list("status", flat=True)) == {"confirmed"}
    (_, calendar), *_ = calendar_parts(mails_to(mail.outbox, "kofi@example.org")[-1])
    event = calendar.walk("VEVENT")[0]
    assert event.decoded("RECURRENCE-ID").date() == second and "RRULE" not in event
    mail.outbox.clear()
    page.occurrence_changes.create(occurrence_date=second, action="cancel")
    publish(page)
    assert [m.to for m in mail.outbox] == [["kofi@example.org"]]
    (method, _), *_ = calendar_parts(mail.outbox[0])
    assert method == "CANCEL"


def test_the_command_runs_the_waiting_work_once(client, make_event):
    page = site_event(make_event, capacity=1)
    _registered(client, page, "Ama")
    _registered(client, page, "Kofi")
    Registrant.objects.filter(email="ama@example.org").update(status="cancelled")
    from events.registration import seats

    seats.offer_free_places(page.pk, None)
    Registrant.objects.filter(status="offered").update(offer_expires_at=timezone.now() - datetime.timedelta(1))
    call_command("registrations", verbosity=0)
    assert Registrant.objects.get(email="kofi@example.org").status == "expired"
    count = len(mail.outbox)
    call_command("registrations", verbosity=0)
    assert len(mail.outbox) == count
