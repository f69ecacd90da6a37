"""Reminders at the offsets the editor chose, once each; a thank-you after the event with a link
to share a story; nothing for people without a place or for a cancelled event."""

import datetime

import pytest
from django.core import mail
from django.test import Client

from events.registration import jobs

from .registering import confirm, links, mails_to, register, site_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def workshop(make_event):
    page = site_event(make_event, capacity=1, days=10, reminder_hours=[168, 24])
    client = Client()
    for name in ("ama", "kofi"):
        register(client, page, name=name.title(), email=f"{name}@example.org")
        confirm(client, mails_to(mail.outbox, f"{name}@example.org")[-1])
    mail.outbox.clear()
    return page


def _subjects(address):
    return [m.subject for m in mails_to(mail.outbox, address)]


def test_reminders_go_at_each_offset_once_to_people_with_a_place(workshop):
    start = workshop.start
    assert jobs.run(now=start - datetime.timedelta(days=8))["reminders"] == 0
    assert jobs.run(now=start - datetime.timedelta(days=6, hours=23))["reminders"] == 1
    assert jobs.run(now=start - datetime.timedelta(days=6))["reminders"] == 0
    assert jobs.run(now=start - datetime.timedelta(hours=23))["reminders"] == 1
    assert sorted(_subjects("ama@example.org")) == ["How to join: Online workshop"] + ["Reminder: Online workshop"] * 2
    assert _subjects("kofi@example.org") == []  # waiting: no reminder
    reminder = mails_to(mail.outbox, "ama@example.org")[0]
    assert "cancel" in links(reminder.body)


def test_missed_reminders_come_as_one(workshop):
    assert jobs.run(now=workshop.start - datetime.timedelta(hours=2))["reminders"] == 1
    assert jobs.run(now=workshop.start - datetime.timedelta(hours=1))["reminders"] == 0


def test_a_thank_you_with_a_story_link_after_the_end(workshop):
    assert jobs.run(now=workshop.end - datetime.timedelta(minutes=1))["thank-yous"] == 0
    assert jobs.run(now=workshop.end + datetime.timedelta(hours=1))["thank-yous"] == 1
    assert jobs.run(now=workshop.end + datetime.timedelta(hours=2))["thank-yous"] == 0
    (thanks,) = [m for m in mails_to(mail.outbox, "ama@example.org") if m.subject.startswith("Thank you")]
    # The form with this event ticked, so what they send in becomes a response to it
    # (followed to an approved story in tests/members/test_story_from_an_event.py).
    assert f"http://localhost/en/members/submissions/new/?event={workshop.pk}" in thanks.body
    assert "cancel" in links(thanks.body)  # still registered: the footer, as in every email
    assert not [s for s in _subjects("kofi@example.org") if s.startswith("Thank you")]


def test_nothing_for_a_cancelled_event(workshop):
    workshop.status = "cancelled"
    workshop.save_revision().publish()
    mail.outbox.clear()
    done = jobs.run(now=workshop.end + datetime.timedelta(hours=1))
    assert (done["reminders"], done["thank-yous"], done["joining links"]) == (0, 0, 0)
