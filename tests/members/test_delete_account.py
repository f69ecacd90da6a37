"""Deleting an account: the member chooses whether published case studies stay (credited as
anonymous) or are withdrawn; anything unpublished goes with the account."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import TaskState

from members.models import Submission
from stories.models import CaseStudyPage

from .test_submission_images import _png, _upload

pytestmark = pytest.mark.django_db

NEW = "/en/members/submissions/new/"
DELETE = "/en/members/delete/"


@pytest.fixture
def published(client, member, stories_index, moderator, form_data):
    """The member has one published case study (credited as "Ama") and one still in review."""
    client.force_login(member)
    client.post(NEW, form_data(title="Published one"))
    page = CaseStudyPage.objects.get()
    TaskState.objects.get(pk=page.current_workflow_state.current_task_state_id).approve(user=moderator)
    client.post(
        NEW,
        form_data(title="Still in review", new_image=_upload(_png(), "p.png", "image/png"), lead_image_alt="A square"),
    )
    page.refresh_from_db()
    assert page.live and "Ama" in Client().get(page.url).content.decode()
    return page


def test_the_choice_is_asked_only_when_something_is_published(client, member, published):
    html = client.get(DELETE).content.decode()
    assert "Keep them on the site, credited as anonymous" in html and "Published one" in html
    response = client.post(DELETE, {"password": "member-password", "confirm": "on"})
    assert "Choose what should happen to your published case studies." in response.content.decode()
    assert get_user_model().objects.filter(pk=member.pk).exists()


def test_keep_leaves_the_case_study_published_as_anonymous(client, member, published):
    response = client.post(DELETE, {"published": "keep", "password": "member-password", "confirm": "on"})
    assert response.status_code == 302
    assert not get_user_model().objects.filter(pk=member.pk).exists()
    page = CaseStudyPage.objects.get(pk=published.pk)
    assert page.live and page.credit_anonymous and page.credit_name == "" and page.submitted_by is None
    assert page.get_latest_revision_as_object().credit == "Anonymous"
    html = Client().get(page.url).content.decode()
    assert "Published one" in html and "Anonymous" in html and "Ama" not in html
    # What was never published is gone, with its image.
    assert list(CaseStudyPage.objects.values_list("title", flat=True)) == ["Published one"]
    assert not get_image_model().objects.exists()
    assert not Submission.objects.exists()


def test_withdraw_takes_the_case_study_off_the_site(client, member, published):
    response = client.post(DELETE, {"published": "withdraw", "password": "member-password", "confirm": "on"})
    assert response.status_code == 302
    page = CaseStudyPage.objects.get(pk=published.pk)
    assert not page.live and page.submitted_by is None
    assert Client().get(published.url).status_code == 404
    assert list(CaseStudyPage.objects.values_list("title", flat=True)) == ["Published one"]
    assert not get_user_model().objects.filter(pk=member.pk).exists()


def test_a_member_with_nothing_published_is_not_asked(client, member, stories_index):
    client.force_login(member)
    assert "Your published case studies" not in client.get(DELETE).content.decode()
    assert client.post(DELETE, {"password": "member-password", "confirm": "on"}).status_code == 302
    assert not get_user_model().objects.filter(pk=member.pk).exists()
