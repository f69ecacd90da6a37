"""Sign-up, sign-in and password reset answer the same, in the same time, for known and unknown
addresses (allauth's enumeration prevention; the password is hashed either way).

Timing is compared as a ratio of medians measured in the same run with a real (PBKDF2) hasher,
never against a fixed time. The clock is this thread's CPU time: the test client serves the
request in this thread, so what is measured is the work the site does for each address, and a
busy machine (another test worker, CI's neighbours) does not tip the ratio. Before the fix
sign-up took ~0.05 of the time for a known address.
"""

import re
import statistics
import time

import pytest
from django.core import mail
from django.test import Client

from members.factories import MemberFactory

pytestmark = pytest.mark.django_db

HASHERS = ["tests.members.hashers.TimingPBKDF2PasswordHasher"]
ROUNDS = 9
# Known/unknown median time within this factor either way.
TOLERANCE = 1.5
PASSWORD = "a-long-pass-phrase-9"


@pytest.fixture
def known(settings, home_page):
    settings.PASSWORD_HASHERS = HASHERS
    settings.ACCOUNT_RATE_LIMITS = False  # measured here: the limits are tested elsewhere
    return MemberFactory(username="kim", email="kim@example.org")


def _timed(send, client, address, into: list) -> float:
    start = time.thread_time()
    into.append(send(client, address))
    return time.thread_time() - start


def _compare(send) -> tuple[float, list, list]:
    """Median time for a known and an unknown address, alternating; and both responses."""
    known_times, unknown_times, responses = [], [], {"known": [], "unknown": []}
    for n in range(ROUNDS):
        for kind, times in (("known", known_times), ("unknown", unknown_times)):
            address = "kim@example.org" if kind == "known" else f"nobody{n}@example.org"
            times.append(_timed(send, Client(), address, responses[kind]))
    ratio = statistics.median(known_times) / statistics.median(unknown_times)
    print(f"{send.__name__}: known/unknown median time ratio {ratio:.2f}")
    return ratio, responses["known"], responses["unknown"]


def _shape(response) -> tuple:
    return response.status_code, response.get("Location")


def test_sign_up(known):
    def sign_up(client, address):
        return client.post("/en/accounts/signup/", {"email": address, "password1": PASSWORD, "password2": PASSWORD})

    ratio, known_responses, unknown_responses = _compare(sign_up)
    assert (
        {_shape(r) for r in known_responses}
        == {_shape(r) for r in unknown_responses}
        == {(302, "/en/accounts/confirm-email/")}
    )
    # Both are told by email: the owner that they already have an account, the new one to verify.
    assert len(mail.outbox) == 2 * ROUNDS
    assert 1 / TOLERANCE < ratio < TOLERANCE


def test_sign_in(known):
    def sign_in(client, address):
        return client.post("/en/accounts/login/", {"login": address, "password": "not-the-password"})

    ratio, known_responses, unknown_responses = _compare(sign_in)
    known_html = {r.content.decode().replace("kim@example.org", "ADDRESS") for r in known_responses}
    unknown_html = {
        r.content.decode().replace(f"nobody{n}@example.org", "ADDRESS") for n, r in enumerate(unknown_responses)
    }
    assert {r.status_code for r in known_responses + unknown_responses} == {200}
    assert _without_tokens(known_html) == _without_tokens(unknown_html)
    assert 1 / TOLERANCE < ratio < TOLERANCE


def test_password_reset(known):
    def reset(client, address):
        return client.post("/en/accounts/password/reset/", {"email": address})

    ratio, known_responses, unknown_responses = _compare(reset)
    assert (
        {_shape(r) for r in known_responses}
        == {_shape(r) for r in unknown_responses}
        == {(302, "/en/accounts/password/reset/done/")}
    )
    assert len(mail.outbox) == 2 * ROUNDS  # a reset link, or "there is no account for this address"
    assert 1 / TOLERANCE < ratio < TOLERANCE


def _without_tokens(pages: set[str]) -> set[str]:
    """The pages with their per-request CSRF token and CSP nonce removed."""
    return {re.sub(r'(csrfmiddlewaretoken" value="|nonce=")[^"]+', r"\1", page) for page in pages}
