"""What a member and a moderator see of a submission's page and review in less usual cases: a
page with no review, a page approved and then unpublished, the page's address made from odd
titles, the page's history, Wagtail's own notices switched off, a replaced workflow."""

import pytest
from django.test import Client
from wagtail.models import PageLogEntry, Workflow, WorkflowState, WorkflowTask
from wagtail.users.models import UserProfile

from members.models import Submission
from members.submissions import workflow
from members.submissions.setup import WORKFLOW_NAME
from stories.models import CaseStudyPage

pytestmark = pytest.mark.django_db

NEW = "/en/members/submissions/new/"
LIST = "/en/members/submissions/"


def _client(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def signed_in(client, member, stories_index):
    client.force_login(member)
    return client


def _status_shown(html, code, label):
    return f'<span class="status status--{code}">{label}</span>' in html


def test_a_page_whose_review_was_removed_is_a_draft_again_the_member_can_edit(signed_in, form_data):
    signed_in.post(NEW, form_data())
    submission = Submission.objects.get()
    WorkflowState.objects.all().delete()  # e.g. an admin deleted the review in the shell
    listing = signed_in.get(LIST).content.decode()
    assert _status_shown(listing, "draft", "Draft")
    assert f'href="{LIST}{submission.pk}/"' in listing  # the "Edit" link
    assert workflow.status_of(submission).editable


def test_approved_then_unpublished_shows_declined_not_published(signed_in, form_data, moderator):
    signed_in.post(NEW, form_data())
    page = CaseStudyPage.objects.get()
    task_state = page.current_workflow_state.current_task_state
    _client(moderator).post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "Lovely"})
    page.refresh_from_db()
    assert page.live
    page.unpublish()
    listing = signed_in.get(LIST).content.decode()
    assert _status_shown(listing, "declined", "Declined")
    assert "See it on the site" not in listing
    assert not workflow.status_of(Submission.objects.get()).editable


def test_the_page_address_is_made_from_the_title_and_the_submission_number(signed_in, form_data):
    signed_in.post(NEW, form_data(title="Tenants win repairs together!"))
    submission = Submission.objects.get()
    assert submission.page.slug == f"tenants-win-repairs-together-{submission.pk}"
    assert submission.page.url.endswith(f"/stories/tenants-win-repairs-together-{submission.pk}/")


def test_an_arabic_only_title_gets_a_readable_latin_address(signed_in, form_data):
    signed_in.post(NEW, form_data(title="المستأجرون يفوزون بالإصلاحات"))
    submission = Submission.objects.get()
    assert submission.page.slug == f"case-study-{submission.pk}"
    assert submission.page.title == "المستأجرون يفوزون بالإصلاحات"


def test_a_long_title_is_cut_to_sixty_characters_of_address_without_a_dangling_hyphen(signed_in, form_data):
    # slugify gives 59 letters, then a hyphen at character 60, then more.
    title = "a" * 59 + " bcdefgh and more words after that"
    signed_in.post(NEW, form_data(title=title))
    submission = Submission.objects.get()
    assert submission.page.slug == "a" * 59 + f"-{submission.pk}"

    Submission.objects.all().delete()
    CaseStudyPage.objects.all().delete()
    title = "b" * 61 + " and more"
    signed_in.post(NEW, form_data(title=title))
    submission = Submission.objects.get()
    assert submission.page.slug == "b" * 60 + f"-{submission.pk}"


def test_without_a_stories_index_the_error_says_so(member, form_data):
    submission = Submission.objects.create(owner=member, title="Somewhere to go")
    with pytest.raises(RuntimeError, match=r"^There is no stories index to put member submissions under\.$"):
        workflow.submit(submission.pk, member)


def test_the_page_history_shows_the_members_draft(signed_in, form_data, member, moderator):
    signed_in.post(NEW, form_data())
    page = CaseStudyPage.objects.get()
    entries = PageLogEntry.objects.filter(page=page, action="wagtail.edit")
    assert [entry.user for entry in entries] == [member]
    assert entries.get().revision == page.latest_revision


@pytest.mark.parametrize("approved, rejected", [(True, False), (False, True)], ids=["approval on", "rejection on"])
def test_wagtail_notices_are_switched_off_when_only_one_of_them_was_on(
    signed_in, form_data, member, approved, rejected
):
    profile = UserProfile.get_for_user(member)
    profile.approved_notifications, profile.rejected_notifications = approved, rejected
    profile.save()
    signed_in.post(NEW, form_data())
    profile.refresh_from_db()
    assert (profile.approved_notifications, profile.rejected_notifications) == (False, False)


def test_a_replaced_workflow_of_the_same_name_is_the_one_used(signed_in, form_data, moderator):
    """An admin disabled the workflow and made a new one with the same name and task."""
    old = Workflow.objects.get(name=WORKFLOW_NAME)
    task = old.tasks.get()
    old.active = False
    old.save()
    new = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    WorkflowTask.objects.create(workflow=new, task=task, sort_order=0)
    signed_in.post(NEW, form_data())
    page = CaseStudyPage.objects.get()
    assert page.current_workflow_state.workflow == new
    # The moderators still see it waiting on their dashboard.
    assert "Tenants win repairs together" in _client(moderator).get("/admin/").content.decode()
