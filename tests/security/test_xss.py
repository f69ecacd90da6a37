"""Every payload of the corpus, in every field of the public forms, is escaped wherever it
is shown: public pages, <title>, the member area, and the admin screens editors use."""

import pytest

from cms.forms import signed_now
from handbook.models import GapContribution, HandbookGap
from members.factories import MemberFactory

from .xss_payloads import PAYLOADS, assert_escaped

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(demo_home):
    """The demo content, built once for this module (tests/conftest.py ``demo_once``)."""
    return demo_home


def test_search_boxes_escape_what_was_typed(client, demo):
    for payload in PAYLOADS:
        for url in ("/en/search/", "/en/stories/", "/en/handbook/glossary/"):
            html = client.get(url, {"q": payload}).content.decode()
            assert_escaped(html, payload, f"{url}?q=")


def test_gap_contributions_are_escaped_for_editors(client, admin_client, demo, settings):
    # Every payload is sent from one address: lift the per-address limit (tested on its own).
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "contribution": 10 * len(PAYLOADS)}
    gap = HandbookGap.objects.first()
    url = f"/en/handbook/contribute/{gap.key}/"
    for payload in PAYLOADS:
        response = client.post(
            url,
            {
                "name": payload[:100],
                "email": "x@example.org",
                "text": f"Text long enough. {payload}",
                "consent": "on",
                "started": signed_now(offset=60),  # the form was shown a minute ago
            },
        )
        assert response.status_code in (200, 302)
        # A form shown again with an error escapes what was typed too.
        error_page = client.post(url, {"name": payload[:100], "email": "not-an-email", "text": payload, "consent": ""})
        assert_escaped(error_page.content.decode(), payload[:100], "contribution form with errors")
    assert GapContribution.objects.count() == len(PAYLOADS)
    listing = admin_client.get("/admin/snippets/handbook/gapcontribution/").content.decode()
    for contribution in GapContribution.objects.all()[:20]:
        assert_escaped(listing, contribution.name, "admin contributions listing")
        inspect = admin_client.get(f"/admin/snippets/handbook/gapcontribution/inspect/{contribution.pk}/")
        assert inspect.status_code == 200
        assert_escaped(inspect.content.decode(), contribution.text.split(". ", 1)[1], "admin contribution inspect view")


def test_member_profile_is_escaped_in_the_member_area(client, home_page):
    member = MemberFactory()
    client.force_login(member)
    for payload in PAYLOADS:
        client.post(
            "/en/members/profile/",
            {"display_name": payload[:80], "organisation": payload[:120], "credit_as": "display_name"},
        )
        html = client.get("/en/members/").content.decode()
        assert_escaped(html, payload[:80], "member area")
