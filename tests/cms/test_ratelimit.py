"""The shared form rate limiter: per address and per account, and open when the cache is down."""

from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory

from cms import ratelimit

pytestmark = pytest.mark.django_db


def _request(address, user=None):
    request = RequestFactory().post("/", REMOTE_ADDR=address)
    request.user = user or AnonymousUser()
    return request


def test_counts_per_address_within_the_window(settings):
    settings.RATE_LIMITS = {"join": 2}
    assert [ratelimit.is_limited(_request("192.0.2.1"), "join") for _ in range(3)] == [False, False, True]
    assert ratelimit.is_limited(_request("192.0.2.2"), "join") is False


def test_an_unreachable_cache_never_refuses_anyone(settings):
    settings.RATE_LIMITS = {"join": 1}
    with mock.patch.object(ratelimit.cache, "incr", return_value=None):
        assert not any(ratelimit.is_limited(_request("192.0.2.3"), "join") for _ in range(5))


def test_the_message_is_polite_and_says_nothing_is_lost(settings):
    settings.RATE_LIMIT_WINDOW_SECONDS = 15 * 60
    message = ratelimit.limited_message()
    assert "Please wait up to 15 minutes" in message and "what you typed is still here" in message
