"""Registrants' privacy: details deleted a set time after the event (counts kept); a member's
registrations are in their data export and go with their account (freeing their place)."""

import datetime
import json

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.test import Client
from django.utils import timezone

from events.models import Registrant
from events.registration import jobs
from events.registration.public import availability

from .conftest import local_now, times_from
from .registering import confirm, links, mails_to, register, site_event

pytestmark = pytest.mark.django_db


def test_details_are_deleted_after_the_retention_time_and_counts_stay(client, make_event, settings):
    settings.EVENTS_REGISTRANT_RETENTION_DAYS = 10
    page = site_event(make_event, capacity=5)
    register(client, page, access_needs="Step-free access")
    confirm(client, mail.outbox[-1])
    personal = links(mail.outbox[-1].body)[""]
    after_event = page.end + datetime.timedelta(days=9)
    assert jobs.run(now=after_event)["details deleted"] == 0
    assert jobs.run(now=page.end + datetime.timedelta(days=11))["details deleted"] == 1
    row = Registrant.objects.get()
    assert (row.name, row.email, row.access_needs, row.user) == ("", "", "", None)
    assert row.status == "confirmed"
    occurrence = page.occurrences_between(page.start - datetime.timedelta(1), page.end)[0]
    assert next(iter(availability(page, [occurrence]).values())).taken == 1
    assert client.get(personal).status_code == 404  # the personal link died with the details


def test_a_member_finds_their_registrations_in_their_data_and_they_go_with_the_account(
    make_event, django_user_model, django_capture_on_commit_callbacks
):
    user = django_user_model.objects.create_user("zq", "zephyrine@example.org", "member-password")
    EmailAddress.objects.create(user=user, email="zephyrine@example.org", verified=True, primary=True)
    member = Client()
    member.force_login(user)
    page = site_event(make_event, capacity=1)
    register(member, page, name="Zephyrine Quill", email="zephyrine@example.org", access_needs="Quiet room")
    other = Client()
    register(other, page, name="Kofi", email="kofi@example.org")
    confirm(other, mails_to(mail.outbox, "kofi@example.org")[-1])
    assert Registrant.objects.get(email="kofi@example.org").status == "waiting"

    data = json.loads(member.get("/en/members/my-data.json").content)["everything"]
    (row,) = data["events.Registrant"]["rows"]
    assert row["event"] == "Online workshop" and row["access_needs"] == "Quiet room" and row["status"] == "confirmed"

    answers = {"published": "keep", "password": "member-password", "confirm": "on"}
    with django_capture_on_commit_callbacks(execute=True):
        response = member.post("/en/members/delete/", answers)
    assert response.status_code == 302
    assert not Registrant.objects.filter(email="zephyrine@example.org").exists()
    assert Registrant.objects.get(email="kofi@example.org").status == "offered"  # the freed place goes on


def test_a_cancelled_or_lapsed_registration_is_wiped_too(client, make_event):
    start = local_now() - datetime.timedelta(days=40)
    page = site_event(make_event, **times_from(start))
    Registrant.objects.create(page=page, name="Old", email="old@example.org", status="cancelled")
    assert jobs.run(now=timezone.now())["details deleted"] == 1
    assert Registrant.objects.get().email == ""
