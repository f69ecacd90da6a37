"""A member sends in a case study with the keyboard alone; the form and list are accessible."""

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from handbook.factories import FrameworkAreaFactory
from members.factories import MemberFactory
from members.models import Submission
from members.submissions import workflow
from stories.factories import StoryIndexPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _tab_to(page, element_id, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        # Focus can be on nothing for a moment while a page loads: "?." keeps that a miss.
        if page.evaluate("document.activeElement?.id") == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def test_member_sends_in_a_case_study_by_keyboard(page, live_server, home_page, settings, assert_accessible):
    settings.MEMBERS_MIN_FILL_SECONDS = 0
    Group.objects.get_or_create(name="Moderators")
    StoryIndexPageFactory(parent=home_page, title="Stories", slug="stories")
    FrameworkAreaFactory(name="Organise", slug="organise")
    member = MemberFactory(username="ama", email="ama@example.org")
    page.goto(live_server.url + "/en/accounts/login/")
    page.get_by_label("Email").focus()
    page.keyboard.type("ama@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type("member-password")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")

    page.goto(live_server.url + "/en/members/submissions/new/")
    assert_accessible(page)
    # Sending it with only a title shows the errors, accessibly, and keeps the title.
    page.get_by_label("Title", exact=True).focus()
    page.keyboard.type("Street tool library")
    page.get_by_role("button", name="Send to the editors").focus()
    page.keyboard.press("Enter")
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.get_by_label("Title", exact=True)).to_have_value("Street tool library")
    assert_accessible(page)

    page.get_by_label("Summary", exact=True).focus()
    page.keyboard.type("Neighbours lend each other tools.")
    page.keyboard.press("Tab")
    page.keyboard.type("Nobody owned the right tools.")
    page.keyboard.press("Tab")
    page.keyboard.type("We listed what we could lend.")
    _tab_to(page, "id_framework_areas_0")
    page.keyboard.press("Space")
    _tab_to(page, "id_consent")
    page.keyboard.press("Space")
    # Enter in a text field saves the draft (the form's first button), never sends it.
    page.get_by_label("Title", exact=True).focus()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("My submissions")
    expect(page.locator(".status")).to_have_text("Draft")
    page.get_by_role("link", name="Street tool library", exact=True).click()
    # Wait for the draft's own form (with what was typed) before tabbing through it.
    expect(page.get_by_label("Summary", exact=True)).to_have_value("Neighbours lend each other tools.")
    _tab_to(page, "id_consent")
    for name in ("Save as draft", "Save and preview", "Send to the editors"):
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.textContent.trim()") == name
    page.keyboard.press("Enter")

    expect(page.get_by_role("heading", level=1)).to_have_text("My submissions")
    expect(page.locator(".status")).to_have_text("In review")
    assert_accessible(page)
    submission = Submission.objects.get(owner=member)
    assert workflow.status_of(submission).code == workflow.Status.IN_REVIEW
    assert [area.slug for area in submission.framework_areas.all()] == ["organise"]
