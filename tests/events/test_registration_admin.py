"""Organisers in the admin: counts, registrants, waiting list, access needs, a formula-safe CSV,
and a message to everyone registered through the email queue; nobody else sees any of it."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.mailserver import work_the_queue

from .registering import confirm, mails_to, register, site_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("ed", "ed@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def full_workshop(make_event):
    page = site_event(make_event, capacity=1)
    client = Client()
    people = [
        ('=HYPERLINK("http://evil.example")', "ama@example.org", "Step-free access"),
        ("Kofi Boateng", "kofi@example.org", "BSL interpreter"),
        ("Efua Owusu", "efua@example.org", ""),
    ]
    for name, address, needs in people:
        register(client, page, name=name, email=address, access_needs=needs)
        confirm(client, mails_to(mail.outbox, address)[-1])
    return page


def test_the_editor_sees_counts_people_waiting_and_access_needs(editor, full_workshop):
    index = editor.get(reverse("events_registrations")).content.decode()
    assert "Online workshop" in index
    detail = editor.get(reverse("events_registrations_detail", args=[full_workshop.pk]))
    assert detail.status_code == 200
    html = detail.content.decode()
    assert "1 with a place" in html and "2 waiting" in html
    assert html.index("kofi@example.org") < html.index("efua@example.org")  # the waiting list in order
    assert "BSL interpreter" in html and "Step-free access" in html
    edit = editor.get(reverse("wagtailadmin_pages:edit", args=[full_workshop.pk])).content.decode()
    assert reverse("events_registrations_detail", args=[full_workshop.pk]) in edit


def test_the_csv_export_is_formula_safe(editor, full_workshop):
    response = editor.get(reverse("events_registrations_export", args=[full_workshop.pk]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode()
    assert text.startswith("\ufeffDate,Name,Email,Status,Access needs,Registered")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
    assert "kofi@example.org" in text and "On the waiting list" in text


def test_a_message_reaches_each_person_through_the_queue_alone(editor, full_workshop):
    mail.outbox.clear()
    url = reverse("events_registrations_message", args=[full_workshop.pk])
    assert editor.get(url).status_code == 200
    response = editor.post(url, {"to": "all", "subject": "Bring a mug", "text": "We have tea, not cups."})
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["ama@example.org", "efua@example.org", "kofi@example.org"]
    for message in mail.outbox:
        assert message.subject == "Bring a mug" and "We have tea, not cups." in message.body
        assert len(message.to) == 1 and not message.cc and not message.bcc
    mail.outbox.clear()
    editor.post(url, {"to": "places", "subject": "Tomorrow", "text": "See you."})
    assert [m.to for m in mail.outbox] == [["ama@example.org"]]
    bad = editor.post(url, {"to": "all", "subject": "", "text": "Kept text"})
    assert bad.status_code == 200 and "Kept text" in bad.content.decode()


def test_the_message_goes_through_the_real_queue_and_smtp_server_one_each(editor, full_workshop, smtp_server):
    # The fixture registered everyone with locmem email; from here on mail is queued and sent by SMTP.
    people = {
        "ama@example.org": "HYPERLINK",
        "kofi@example.org": "Kofi Boateng",
        "efua@example.org": "Efua Owusu",
    }
    url = reverse("events_registrations_message", args=[full_workshop.pk])
    editor.post(url, {"to": "all", "subject": "Bring a mug", "text": "We have tea, not cups."})
    assert smtp_server.received == []  # queued, not sent during the request
    work_the_queue()
    assert sorted(r for item in smtp_server.received for r in item.recipients) == sorted(people)
    for address in people:
        (received,) = smtp_server.to(address)
        assert received.recipients == [address] and received.message["To"] == address
        assert received.subject == "Bring a mug" and "We have tea, not cups." in received.text
        raw = received.message.as_string() + received.text  # encoded and decoded
        for other, name in people.items():
            if other != address:
                assert other not in raw and name not in raw, (address, other)
    work_the_queue()
    assert len(smtp_server.received) == len(people)  # sent once


def test_nobody_else_sees_registrants(full_workshop, django_user_model):
    moderator = django_user_model.objects.create_user("mo", "mo@example.org", "pw")
    moderator.groups.add(Group.objects.get(name="Moderators"))
    client = Client()
    client.force_login(moderator)
    for name in ("events_registrations_detail", "events_registrations_export", "events_registrations_message"):
        response = client.get(reverse(name, args=[full_workshop.pk]))
        assert response.status_code in (302, 403), name
        assert b"kofi@example.org" not in b"".join(getattr(response, "streaming_content", [response.content]))
    assert Client().get(reverse("events_registrations_export", args=[full_workshop.pk])).status_code == 302
