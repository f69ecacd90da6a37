"""Previewing a case study before sending it in, and the rate limit on the submission form."""

import pytest
from django.test import Client
from wagtail.models import Page

from members.factories import MemberFactory
from members.models import Submission
from stories.models import CaseStudyPage

pytestmark = pytest.mark.django_db

NEW = "/en/members/submissions/new/"
LIST = "/en/members/submissions/"
XSS = '<script>alert("x")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def signed_in(client, member, stories_index):
    client.force_login(member)
    return client


def test_preview_shows_the_case_study_as_published_escaped_and_publishes_nothing(signed_in, form_data, member):
    pages_before = Page.objects.count()
    data = form_data(submit=None, preview="1", what_was_done=f"We met weekly. {XSS}", title=f"Tenants {XSS}")
    response = signed_in.post(NEW, data)
    submission = Submission.objects.get(owner=member)
    assert response.status_code == 302
    assert response["Location"] == f"{LIST}{submission.pk}/preview/"
    preview = signed_in.get(response["Location"])
    html = preview.content.decode()
    assert preview.status_code == 200
    assert "This is a preview" in html and "Only you can see this." in html
    # The published layout: title, summary, the case's sections with their headings, credit, place.
    assert "What was done" in html and "We met weekly." in html
    assert "Damp flats had gone unrepaired for years." in html
    assert "Leeds" in html and "Ama" in html and "housing" in html and "Organise" in html
    # Member text is always escaped.
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in html
    # Nothing public was made: no page, no review.
    assert Page.objects.count() == pages_before
    assert not CaseStudyPage.objects.exists()
    assert submission.page is None
    listing = signed_in.get(LIST).content.decode()
    assert "Draft" in listing and f'href="{LIST}{submission.pk}/preview/"' in listing
    assert preview["Cache-Control"].startswith("max-age=0")


def test_preview_needs_only_what_a_draft_needs(signed_in, form_data):
    response = signed_in.post(NEW, form_data(submit=None, preview="1", context="", consent=None))
    assert response.status_code == 302
    assert Submission.objects.get().context == ""


def test_nobody_else_can_see_a_preview(signed_in, form_data, moderator):
    signed_in.post(NEW, form_data(submit=None, preview="1"))
    url = f"{LIST}{Submission.objects.get().pk}/preview/"
    assert Client().get(url).status_code == 302  # to sign in
    for user in (MemberFactory(username="other"), moderator):
        other = Client()
        other.force_login(user)
        assert other.get(url).status_code == 404


def test_the_form_offers_a_preview_button(signed_in):
    assert 'name="preview"' in signed_in.get(NEW).content.decode()


def test_the_submission_form_is_rate_limited_per_account_politely(signed_in, form_data, settings, member):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "submission": 2}
    for number in range(2):
        response = signed_in.post(NEW, form_data(title=f"Draft {number}", submit=None, save="1"))
        assert response.status_code == 302
    refused = signed_in.post(NEW, form_data(title="One too many", submit=None, save="1"))
    html = refused.content.decode()
    assert refused.status_code == 429
    assert refused["Retry-After"] == "3600"
    assert 'class="error-summary"' in html and "please wait" in html.lower()
    assert "what you typed is still here" in html
    assert 'value="One too many"' in html and "We logged every problem" in html
    assert Submission.objects.filter(owner=member).count() == 2
    # Another member on another connection is not affected.
    other = Client(REMOTE_ADDR="192.0.2.50")
    other.force_login(MemberFactory(username="other"))
    assert other.post(NEW, form_data(title="Someone else", submit=None, save="1")).status_code == 302


def test_the_same_account_is_limited_from_another_address_and_the_address_for_another_account(
    member, stories_index, form_data, settings
):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "submission": 1}
    first = Client(REMOTE_ADDR="198.51.100.1")
    first.force_login(member)
    assert first.post(NEW, form_data(submit=None, save="1")).status_code == 302
    moved = Client(REMOTE_ADDR="198.51.100.2")
    moved.force_login(member)
    assert moved.post(NEW, form_data(submit=None, save="1")).status_code == 429  # per account
    shared = Client(REMOTE_ADDR="198.51.100.1")
    shared.force_login(MemberFactory(username="flatmate"))
    assert shared.post(NEW, form_data(submit=None, save="1")).status_code == 429  # per address
