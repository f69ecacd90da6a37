"""The "section needed" contribution form is rate limited per address and per account, politely."""

import pytest
from django.test import Client

from cms.forms import signed_now
from handbook.models import GapContribution, HandbookGap
from members.factories import MemberFactory

from .test_wanted_and_contributions import VALID, contribute_url

pytestmark = pytest.mark.django_db


def fresh(**overrides):
    """The valid answers with a form token of their own (each token is good for one send)."""
    return {**VALID, "started": signed_now(offset=60), **overrides}


def test_the_next_send_over_the_limit_is_refused_politely_and_keeps_the_text(ways, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contribution": 2}
    url = contribute_url(HandbookGap.objects.get(page=ways))
    reader = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(2):
        assert reader.post(url, fresh()).status_code == 302
    refused = reader.post(url, fresh(name="Third Try"))
    html = refused.content.decode()
    assert refused.status_code == 429 and refused["Retry-After"]
    assert 'class="error-summary"' in html and 'role="alert"' in html
    assert "please wait" in html.lower() and "what you typed is still here" in html
    assert 'value="Third Try"' in html and "what we wish we had known" in html
    assert GapContribution.objects.count() == 2
    # Someone on another connection can still send.
    assert Client(REMOTE_ADDR="203.0.113.8").post(url, fresh()).status_code == 302
    assert GapContribution.objects.count() == 3


def test_a_signed_in_account_is_limited_whatever_its_address(ways, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contribution": 1}
    url = contribute_url(HandbookGap.objects.get(page=ways))
    member = MemberFactory(username="writer")
    for address, expected in (("203.0.113.20", 302), ("203.0.113.21", 429)):
        client = Client(REMOTE_ADDR=address)
        client.force_login(member)
        assert client.post(url, fresh()).status_code == expected
    other = Client(REMOTE_ADDR="203.0.113.22")
    other.force_login(MemberFactory(username="another"))
    assert other.post(url, fresh()).status_code == 302
