"""Confirmation and reset mails are limited per target address (issue 17), whoever asks and from
however many client addresses: allauth's ``confirm_email`` and ``reset_password`` limits count the
address mailed (``key``), so a crowd of clients or accounts cannot fill one person's inbox.

Each test sends the same request from several client addresses (one client each, so the per-IP
limits never trip) and counts what lands in ``django.core.mail.outbox``. The reset and
unverified-sign-in paths for a known member are in ``test_sign_in_paths``."""

import pytest
from django.core import mail
from django.test import Client

from members.factories import MemberFactory

pytestmark = pytest.mark.django_db

SIGNUP = "/en/accounts/signup/"
RESET = "/en/accounts/password/reset/"
LOGIN = "/en/accounts/login/"
EMAIL = "/en/accounts/email/"
PASSWORD = "a-long-pass-phrase-9"
VICTIM = "victim@example.org"


def _clients(count: int) -> list[Client]:
    return [Client(REMOTE_ADDR=f"198.51.100.{n}") for n in range(count)]


def _to(address: str) -> list:
    return [message for message in mail.outbox if address in message.to]


def test_sign_ups_with_a_members_address_mail_them_once_per_window(home_page):
    MemberFactory(username="vic", email=VICTIM)
    for client in _clients(4):
        response = client.post(SIGNUP, {"email": VICTIM, "password1": PASSWORD, "password2": PASSWORD})
        assert response.status_code == 302  # the same "check your email" page every time
    assert len(_to(VICTIM)) == 1  # "confirm_email": 1 per 3 minutes per address


def test_sign_ups_with_a_new_address_mail_it_once_per_window(home_page):
    for client in _clients(4):
        client.post(SIGNUP, {"email": VICTIM, "password1": PASSWORD, "password2": PASSWORD})
    assert len(_to(VICTIM)) == 1


def test_reset_requests_for_an_address_without_an_account_are_limited_per_address(home_page):
    statuses = [client.post(RESET, {"email": VICTIM}).status_code for client in _clients(5)]
    assert statuses == [302, 302, 302, 429, 429]  # "reset_password": 3 per 15 minutes per address
    assert len(_to(VICTIM)) == 3
    # Written differently, it is the same address.
    assert Client(REMOTE_ADDR="203.0.113.7").post(RESET, {"email": VICTIM.upper()}).status_code == 429
    assert len(_to(VICTIM)) == 3


def test_members_changing_their_address_to_someone_elses_mail_it_once_per_window(home_page):
    """A member can make the site mail a confirmation request to any address they type: several
    members (each from their own connection) typing the same one reach it once."""
    for n, client in enumerate(_clients(3)):
        MemberFactory(username=f"m{n}", email=f"m{n}@example.org", password=PASSWORD)
        assert client.post(LOGIN, {"login": f"m{n}@example.org", "password": PASSWORD}).status_code == 302
        response = client.post(EMAIL, {"email": VICTIM, "action_add": ""})
        assert response.status_code == 302
    assert len(_to(VICTIM)) == 1
