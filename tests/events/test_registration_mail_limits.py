"""The registration form mails the address typed into it (a link to confirm, or "you are already
registered"), so anyone could make the site mail any address: those emails are limited per
address (``RATE_LIMITS["registration_mail"]``), however many connections ask (issue 17). Each
request here comes from its own client address, so the per-connection limit never trips."""

import pytest
from django.core import mail
from django.test import Client

from events.models import Registrant
from members.factories import MemberFactory

from .registering import mails_to, register, site_event

pytestmark = pytest.mark.django_db

VICTIM = "victim@example.org"


def _from(n: int) -> Client:
    return Client(REMOTE_ADDR=f"198.51.100.{n}")


def test_one_address_gets_at_most_the_limit_of_registration_emails_from_many_connections(make_event, settings):
    assert settings.RATE_LIMITS["registration_mail"] == 5
    page = site_event(make_event)
    statuses = [register(_from(n), page, email=VICTIM).status_code for n in range(5)]
    assert statuses == [302] * 5
    assert len(mails_to(mail.outbox, VICTIM)) == 5  # one link to confirm, then "already registered"
    for n, written in enumerate((VICTIM, VICTIM.upper(), f"  {VICTIM}")):
        refused = register(_from(10 + n), page, email=written, name="Someone")
        assert refused.status_code == 429 and refused["Retry-After"] == "3600"
        html = refused.content.decode()
        assert "paused sending more" in html and 'value="Someone"' in html  # what was typed stays
    assert len(mails_to(mail.outbox, VICTIM)) == 5
    assert Registrant.objects.filter(email__iexact=VICTIM).count() == 1
    # Another address is not held up by it.
    assert register(_from(20), page, email="kofi@example.org").status_code == 302
    assert len(mails_to(mail.outbox, "kofi@example.org")) == 1


def test_a_members_own_confirmed_address_is_not_counted(make_event, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "registration_mail": 0}
    page = site_event(make_event)
    assert register(_from(1), page, email=VICTIM).status_code == 429  # nobody may mail it now
    assert mail.outbox == []
    member = MemberFactory(username="vic", email=VICTIM)
    client = _from(2)
    client.force_login(member)
    assert register(client, page, email=VICTIM).status_code == 302
    assert Registrant.objects.get(email=VICTIM).status == "confirmed"
