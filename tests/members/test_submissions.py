"""Members write case studies, save drafts and send them in; spam checks; who can see what."""

import pytest
from django.test import Client

from cms.forms import signed_now
from members.factories import MemberFactory
from members.models import Submission
from members.submissions import workflow
from stories.models import CaseStudyPage

pytestmark = pytest.mark.django_db

NEW = "/en/members/submissions/new/"
LIST = "/en/members/submissions/"


@pytest.fixture
def signed_in(client, member, stories_index):
    client.force_login(member)
    return client


def test_the_form_states_limits_and_suggests_existing_tags(signed_in, make_tagged_case):
    html = signed_in.get(NEW).content.decode()
    assert "Up to 4000 characters." in html
    assert 'maxlength="6000"' in html
    assert '<datalist id="tag-suggestions"><option value="food banks">' in html
    assert 'list="tag-suggestions"' in html


@pytest.fixture
def make_tagged_case(stories_index):
    from stories.factories import CaseStudyPageFactory

    return CaseStudyPageFactory(parent=stories_index, tags=["food banks"])


def test_save_a_draft_with_only_a_title_and_come_back(signed_in, member, form_data):
    response = signed_in.post(NEW, {"title": "Half written", "started": signed_now(60), "save": "1"})
    assert response.status_code == 302
    submission = Submission.objects.get(owner=member)
    assert submission.page is None
    html = signed_in.get(LIST).content.decode()
    assert "Half written" in html and "Draft" in html
    assert 'value="Half written"' in signed_in.get(f"{LIST}{submission.pk}/").content.decode()


def test_submit_creates_one_draft_page_in_review(signed_in, member, form_data, stories_index, area):
    response = signed_in.post(NEW, form_data())
    assert response.status_code == 302
    submission = Submission.objects.get(owner=member)
    page = CaseStudyPage.objects.get()
    assert submission.page_id == page.pk
    assert not page.live
    assert page.get_parent().pk == stories_index.pk
    assert page.submitted_by == member
    assert page.current_workflow_state.workflow.name == "Moderate member submission"
    latest = page.get_latest_revision_as_object()
    assert latest.what_was_done.startswith("We logged every problem")
    assert [tag.name for tag in latest.tags.all()] == ["housing", "repairs"]
    assert list(latest.framework_areas.all()) == [area]
    assert "In review" in signed_in.get(LIST).content.decode()
    # Sending again (a double click) neither makes a second page nor restarts the review.
    workflow.submit(submission.pk, member)
    assert CaseStudyPage.objects.count() == 1
    assert page.workflow_states.count() == 1


def test_sending_in_needs_the_required_sections_and_consent_and_keeps_everything(signed_in, form_data):
    response = signed_in.post(NEW, form_data(context="", consent=None, place="12 High Street"))
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="error-summary"' in html
    for field in ("context", "consent", "place"):
        assert f'id="id_{field}-error"' in html
        assert f'href="#id_{field}"' in html
    assert "no street numbers or postcodes" in html
    assert "We logged every problem" in html  # nothing typed is lost
    assert 'value="12 High Street"' in html
    assert not Submission.objects.exists()


def test_too_fast_is_refused_politely_and_nothing_is_saved(signed_in, form_data):
    response = signed_in.post(NEW, form_data(started=signed_now()))
    html = response.content.decode()
    assert "quicker than we expect from a person" in html
    assert "We logged every problem" in html
    assert not Submission.objects.exists()
    # A forged timestamp counts as too fast too, and the form shown again gets a valid one.
    response = signed_in.post(NEW, form_data(started="1"))
    assert "quicker than we expect" in response.content.decode()
    assert not Submission.objects.exists()


def test_honeypot_is_thanked_but_nothing_is_saved(signed_in, form_data):
    response = signed_in.post(NEW, form_data(website="http://spam.example"), follow=True)
    assert "Thank you." in response.content.decode()
    assert not Submission.objects.exists()
    assert not CaseStudyPage.objects.exists()


def test_another_member_gets_404(signed_in, member, form_data):
    signed_in.post(NEW, form_data(submit=None, save="1"))
    submission = Submission.objects.get()
    other = Client()
    other.force_login(MemberFactory(username="other"))
    assert other.get(f"{LIST}{submission.pk}/").status_code == 404
    assert other.post(f"{LIST}{submission.pk}/", form_data(title="Taken over")).status_code == 404
    assert "Tenants win repairs" not in other.get(LIST).content.decode()
    submission.refresh_from_db()
    assert submission.title == "Tenants win repairs together"


def test_unverified_members_are_asked_to_verify_first(client, stories_index, form_data):
    client.force_login(MemberFactory(username="new", verified=False))
    for url in (LIST, NEW):
        response = client.get(url)
        assert response.status_code == 403
        assert "Verify your email address first" in response.content.decode()
    assert client.post(NEW, form_data()).status_code == 403
    assert not Submission.objects.exists()


def test_anonymous_visitors_are_sent_to_sign_in(client, stories_index):
    for url in (LIST, NEW, f"{LIST}1/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/login/")


def test_csrf_is_enforced(member, stories_index, form_data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.post(NEW, form_data()).status_code == 403
    assert not Submission.objects.exists()


def test_in_review_submissions_are_read_only(signed_in, form_data):
    signed_in.post(NEW, form_data())
    submission = Submission.objects.get()
    response = signed_in.post(f"{LIST}{submission.pk}/", form_data(title="Changed behind their back"))
    assert "In review" in response.content.decode()
    submission.refresh_from_db()
    assert submission.title == "Tenants win repairs together"


def test_my_data_export_includes_my_submissions_and_their_status(signed_in, form_data):
    import json

    signed_in.post(NEW, form_data())
    data = json.loads(signed_in.get("/en/members/my-data.json").content)
    assert data["submissions"][0]["title"] == "Tenants win repairs together"
    assert data["submissions"][0]["status"] == "in-review"
    assert data["submissions"][0]["context"] == "Damp flats had gone unrepaired for years."


def test_the_account_page_links_to_sending_in_a_case_study(signed_in):
    html = signed_in.get("/en/members/").content.decode()
    assert f'href="{NEW}"' in html and f'href="{LIST}"' in html
