"""Smaller protections: one-time, expiring form tokens; a resumed draft can be sent at once;
bidirectional control characters leave names and titles; tag suggestions only from published
content."""

import re

import pytest
from django.test import Client

from cms.forms import TOKEN_MAX_AGE, signed_now
from members.factories import JoinPageFactory, MemberFactory
from members.models import MemberProfile, Submission
from stories.factories import CaseStudyPageFactory

pytestmark = pytest.mark.django_db

ALREADY_SENT = "This form was already sent, or was shown too long ago."
TOO_QUICK = "That was quicker than we expect from a person."


@pytest.fixture
def join(home_page):
    return JoinPageFactory(
        parent=home_page, slug="join", questions=[{"label": "Your name", "field_type": "singleline", "required": True}]
    )


def _token(html: str) -> str:
    return re.search(r'name="started" value="([^"]+)"', html).group(1)


def test_a_form_token_is_good_for_one_send(join):
    client = Client()
    token = signed_now(offset=60)
    assert "Thank you" in client.post(join.url, {"your_name": "Kai", "started": token}).content.decode()
    replay = client.post(join.url, {"your_name": "Kai", "started": token}).content.decode()
    assert ALREADY_SENT in replay and 'value="Kai"' in replay


def test_a_form_token_expires(join):
    response = Client().post(join.url, {"your_name": "Kai", "started": signed_now(offset=TOKEN_MAX_AGE + 1)})
    assert ALREADY_SENT in response.content.decode()


def test_the_form_shown_again_carries_a_fresh_token_with_the_same_start(join):
    client = Client()
    shown_again = client.post(join.url, {"your_name": "", "started": signed_now(offset=60)}).content.decode()
    assert "Please answer this question" in shown_again
    # Sent again at once with the token it was shown with: accepted, the start still counts.
    done = client.post(join.url, {"your_name": "Kai", "started": _token(shown_again)}).content.decode()
    assert "Thank you" in done


def test_a_resumed_draft_can_be_sent_at_once(client, member, stories_index, form_data):
    client.force_login(member)
    client.post("/en/members/submissions/new/", form_data(submit=None, save="1"))
    draft = Submission.objects.get()
    edit = f"/en/members/submissions/{draft.pk}/"
    token = _token(client.get(edit).content.decode())
    response = client.post(edit, form_data(started=token))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.submitted_at is not None
    # A new case study sent the moment its form is shown is still refused.
    new = client.get("/en/members/submissions/new/").content.decode()
    assert TOO_QUICK in client.post("/en/members/submissions/new/", form_data(started=_token(new))).content.decode()


def test_bidirectional_controls_are_removed_from_names_and_titles(client, member, stories_index, form_data):
    client.force_login(member)
    client.post(
        "/en/members/profile/",
        {"display_name": "Ama\u202eexe.txt", "organisation": "\u2067Leeds\u2069 Tenants", "credit_as": "display_name"},
    )
    profile = MemberProfile.objects.get(user=member)
    assert (profile.display_name, profile.organisation) == ("Amaexe.txt", "Leeds Tenants")
    client.post("/en/members/submissions/new/", form_data(title="Repairs\u202d won", credit_name="\u200fAma\u200e"))
    submission = Submission.objects.get()
    assert (submission.title, submission.credit_name) == ("Repairs won", "Ama")
    # Arabic text itself is untouched.
    client.post("/en/members/profile/", {"display_name": "أمة", "organisation": "", "credit_as": "display_name"})
    assert MemberProfile.objects.get(user=member).display_name == "أمة"


def test_tag_suggestions_come_only_from_published_content(client, stories_index):
    CaseStudyPageFactory(parent=stories_index, title="Live", slug="live", tags=["public-housing"])
    draft = CaseStudyPageFactory(parent=stories_index, title="Draft", slug="draft", tags=["secret-campaign"])
    draft.unpublish()
    client.force_login(MemberFactory())
    html = client.get("/en/members/submissions/new/").content.decode()
    assert 'value="public-housing"' in html
    assert "secret-campaign" not in html


def test_enter_in_a_text_field_saves_the_draft(client, member, stories_index):
    """Browsers send a form on Enter with its first submit button (HTML's "default button")."""
    client.force_login(member)
    html = client.get("/en/members/submissions/new/").content.decode()
    form = html[html.index('<form class="form submission-form"') :]
    first = re.search(r'<button type="submit" name="(\w+)"', form).group(1)
    assert first == "save"
