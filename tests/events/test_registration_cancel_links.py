"""A registration can be cancelled from a link in every email sent to someone who still holds it
(docs/decisions/0014): each kind in ``emails.SUBJECTS`` is either sent to such a person, and its
cancel link works, or says the registration has already ended, and has none."""

import datetime

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone

from events.models import Registrant
from events.registration import emails

from .registering import links, site_event

pytestmark = pytest.mark.django_db

# Each email to someone still registered, with the status they have when it is sent.
STILL_REGISTERED = {
    "confirm": "pending",
    "already": "pending",
    "place": "confirmed",
    "waiting": "waiting",
    "offer": "offered",
    "change": "confirmed",
    "join": "confirmed",
    "reminder": "confirmed",
    "thanks": "confirmed",
    "message": "confirmed",  # the organiser's message (its own subject, no entry in SUBJECTS)
}
# Emails saying the registration has ended: nothing left to cancel.
ENDED = {"cancelled": "cancelled", "lapsed": "expired", "event_cancelled": "confirmed"}


def test_every_kind_of_email_is_counted_here():
    assert set(emails.SUBJECTS) == (set(STILL_REGISTERED) | set(ENDED)) - {"message"}


def _registrant(make_event, status):
    page = site_event(make_event)
    return Registrant.objects.create(
        page=page,
        name="Ama",
        email="ama@example.org",
        status=status,
        language="en",
        offer_expires_at=timezone.now() + datetime.timedelta(days=1) if status == "offered" else None,
    )


def _send(registrant, kind):
    mail.outbox.clear()
    if kind == "message":
        emails.send(registrant, "message", subject="Bring a mug", text="We have tea.")
    elif kind == "event_cancelled":
        registrant.page.status = "cancelled"
        registrant.page.save_revision().publish()
        emails.send(registrant, "change")
    else:
        emails.send(registrant, kind)
    (message,) = mail.outbox
    return message


@pytest.mark.parametrize("kind", sorted(STILL_REGISTERED))
def test_a_registration_can_be_cancelled_from_the_email(make_event, kind):
    registrant = _registrant(make_event, STILL_REGISTERED[kind])
    message = _send(registrant, kind)
    cancel = links(message.body).get("cancel")
    assert cancel, f"no cancel link in {kind!r}: {message.body}"
    client = Client()
    page = client.get(cancel)
    assert page.status_code == 200 and "Cancel my registration" in page.content.decode()
    assert client.post(cancel).status_code == 302
    registrant.refresh_from_db()
    assert registrant.status == "cancelled"


@pytest.mark.parametrize("kind", sorted(ENDED))
def test_an_email_saying_it_has_ended_has_nothing_to_cancel(make_event, kind):
    message = _send(_registrant(make_event, ENDED[kind]), kind)
    assert "cancel" not in links(message.body)
    assert "/registration/" not in message.body
