"""Forms refuse a post that lacks the CSRF token (a page on another site submitting on the
member's behalf): 403, and nothing changes. The same post with the token goes through, so the
refusal is the token's doing."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from cms.forms import signed_now
from handbook.factories import HandbookIndexPageFactory, HandbookPageFactory
from handbook.models import GapContribution, HandbookGap
from members.factories import MemberFactory
from members.models import MemberProfile, Submission

pytestmark = pytest.mark.django_db

NEW_SUBMISSION = {"title": "Stolen", "started": signed_now(offset=60), "website": ""}
PROFILE = {"display_name": "Changed by another site", "organisation": "", "credit_as": "display_name"}


@pytest.fixture
def member(home_page):
    return MemberFactory(username="ama")


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def _member_posts(member):
    draft = Submission.objects.create(owner=member, title="Mine")
    return {
        "/en/members/profile/": PROFILE,
        "/en/members/delete/": {"password": "member-password", "confirm": "on"},
        "/en/members/submissions/new/": NEW_SUBMISSION,
        f"/en/members/submissions/{draft.pk}/": {**NEW_SUBMISSION, "title": "Overwritten"},
        "/en/accounts/logout/": {},
        "/en/accounts/email/": {"email": "attacker@example.org", "action_add": ""},
        "/en/accounts/password/change/": {
            "oldpassword": "member-password",
            "password1": "attacker-chosen-pass",
            "password2": "attacker-chosen-pass",
        },
    }


def test_member_posts_without_a_token_are_refused_and_change_nothing(csrf_client, member):
    csrf_client.force_login(member)
    refused = {url: csrf_client.post(url, data).status_code for url, data in _member_posts(member).items()}
    assert refused == dict.fromkeys(refused, 403)
    member.refresh_from_db()
    assert member.check_password("member-password")
    assert get_user_model().objects.filter(pk=member.pk).exists()
    assert MemberProfile.objects.get(user=member).display_name != PROFILE["display_name"]
    assert list(Submission.objects.values_list("title", flat=True)) == ["Mine"]
    assert not member.emailaddress_set.filter(email="attacker@example.org").exists()
    assert csrf_client.get("/en/members/").status_code == 200  # still signed in


def test_visitor_posts_without_a_token_are_refused(csrf_client, home_page):
    index = HandbookIndexPageFactory(parent=home_page)
    HandbookPageFactory(parent=index, body=[("gap", {"title": "Sharing forward", "prompt": ""})])
    gap = HandbookGap.objects.get()
    posts = {
        "/en/accounts/login/": {"login": "ama@example.org", "password": "x"},
        "/en/accounts/signup/": {"email": "new@example.org", "password1": "a-long-pass", "password2": "a-long-pass"},
        "/en/accounts/password/reset/": {"email": "ama@example.org"},
        f"/en/handbook/contribute/{gap.key}/": {
            "name": "Ama",
            "email": "ama@example.org",
            "text": "Long enough text for a contribution to the handbook.",
            "consent": "on",
            "website": "",
        },
    }
    refused = {url: csrf_client.post(url, data).status_code for url, data in posts.items()}
    assert refused == dict.fromkeys(refused, 403)
    assert not GapContribution.objects.exists()
    assert not get_user_model().objects.filter(email="new@example.org").exists()


def test_the_same_post_with_the_token_goes_through(csrf_client, member):
    csrf_client.force_login(member)
    csrf_client.get("/en/members/profile/")
    token = csrf_client.cookies["csrftoken"].value
    response = csrf_client.post("/en/members/profile/", {**PROFILE, "csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert MemberProfile.objects.get(user=member).display_name == PROFILE["display_name"]
