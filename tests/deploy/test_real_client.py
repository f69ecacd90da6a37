"""The real client behind a proxy: X-Forwarded-For is believed only from TRUSTED_PROXIES, and
lockouts and rate limits count that client, never the proxy and never a forged header."""

import pytest
from django.test import Client

from cms.proxies import TrustedProxyMiddleware, parse_networks, real_client
from cms.ratelimit import is_limited

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.2"
ALICE, BOB = "203.0.113.5", "198.51.100.7"
TRUSTED = parse_networks(["10.0.0.0/24", "::1"])


def test_the_right_most_untrusted_hop_is_the_client():
    assert real_client(PROXY, ALICE, TRUSTED) == ALICE
    # A client's own X-Forwarded-For is kept on the left by the proxy: it changes nothing.
    assert real_client(PROXY, f"1.2.3.4, {ALICE}", TRUSTED) == ALICE
    assert real_client(PROXY, f"{ALICE}, 10.0.0.9", TRUSTED) == ALICE  # two proxies of ours
    assert real_client(PROXY, f"{ALICE}, not-an-address", TRUSTED) == PROXY
    # Not from a trusted proxy, or nothing trusted: the header is ignored.
    assert real_client(ALICE, "1.2.3.4", TRUSTED) == ALICE
    assert real_client(PROXY, ALICE, ()) == PROXY


def test_a_bad_trusted_proxies_entry_is_a_clear_configuration_error():
    with pytest.raises(Exception, match="TRUSTED_PROXIES: 'proxy.lan' is not an IP address"):
        parse_networks(["proxy.lan"])


@pytest.fixture
def behind_proxy(settings, django_user_model, home_page):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    django_user_model.objects.create_user("editor", "e@example.org", "right-password", is_staff=True)


def _sign_in(password, *, forwarded_for=None, remote=PROXY):
    headers = {"REMOTE_ADDR": remote}
    if forwarded_for:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return Client().post("/admin/login/", {"username": "editor", "password": password}, **headers)


def test_five_wrong_passwords_lock_that_client_and_no_other(behind_proxy):
    for _ in range(4):
        assert _sign_in("wrong", forwarded_for=ALICE).status_code == 200
    assert _sign_in("wrong", forwarded_for=ALICE).status_code == 429
    assert _sign_in("right-password", forwarded_for=ALICE).status_code == 429  # locked out
    # Through the same proxy, another client signs in with the same username.
    response = _sign_in("right-password", forwarded_for=BOB)
    assert response.status_code == 302 and response["Location"].startswith("/admin/")


def test_a_forged_header_neither_hides_nor_frames_anyone(behind_proxy):
    # A client straight at the app server (not through the proxy) cannot pose as others:
    # each attempt names a new address, and all five count against its own.
    for number in range(5):
        _sign_in("wrong", forwarded_for=f"192.0.2.{number}", remote=ALICE)
    assert _sign_in("right-password", remote=ALICE).status_code == 429
    # Through the proxy, a header the client wrote itself stays on the left: the same.
    for number in range(5):
        _sign_in("wrong", forwarded_for=f"192.0.2.{number}, {BOB}")
    assert _sign_in("right-password", forwarded_for=BOB).status_code == 429
    # Nobody named in the forged headers was locked out.
    assert _sign_in("right-password", forwarded_for="192.0.2.1").status_code == 302


def test_without_trusted_proxies_the_header_is_ignored(settings, behind_proxy):
    settings.TRUSTED_PROXIES = []
    for number in range(5):
        _sign_in("wrong", forwarded_for=f"192.0.2.{number}")
    # All came from the proxy's own address, as far as the site can tell.
    assert _sign_in("right-password", forwarded_for="192.0.2.200").status_code == 429
    assert _sign_in("right-password", remote=BOB).status_code == 302


def test_site_rate_limits_count_the_real_client(settings, behind_proxy, rf):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "join": 2}
    seen = []
    middleware = TrustedProxyMiddleware(lambda request: seen.append(is_limited(request, "join")))

    def send(client, forged="9.9.9.9"):
        middleware(rf.post("/en/join/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=f"{forged}, {client}"))
        return seen[-1]

    assert [send(ALICE, forged=f"9.9.9.{n}") for n in range(3)] == [False, False, True]
    assert send(BOB) is False  # another client behind the same proxy is not held back
