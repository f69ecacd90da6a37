"""The join page, the submission form's image field with errors, and the member's preview:
accessible (axe), usable by keyboard, no JavaScript needed."""

import io

import pytest
from playwright.sync_api import expect

from members.factories import JoinPageFactory, MemberFactory
from stories.factories import StoryIndexPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

QUESTIONS = [
    {"label": "Your name", "field_type": "singleline", "required": True, "help_text": "What we should call you."},
    {"label": "About you", "field_type": "multiline", "required": True},
    {"label": "How you might take part", "field_type": "checkboxes", "required": False, "choices": "Stories\nEvents"},
    {"label": "You may write to me about joining", "field_type": "checkbox", "required": True},
]


def test_join_page_is_accessible_with_errors_and_sends_by_keyboard(
    page, live_server, home_page, settings, assert_accessible
):
    settings.MEMBERS_MIN_FILL_SECONDS = 0
    join = JoinPageFactory(parent=home_page, slug="join", questions=QUESTIONS, to_address="hello@example.org")
    page.goto(live_server.url + join.url)
    assert_accessible(page)
    page.get_by_role("button", name="Send").click()
    expect(page.locator(".error-summary")).to_be_visible()
    expect(page.locator("#id_your_name-error")).to_contain_text("Please answer this question")
    assert_accessible(page)
    page.get_by_label("Your name", exact=True).focus()
    page.keyboard.type("Kai")
    page.keyboard.press("Tab")
    page.keyboard.type("I help run a food co-op.")
    page.get_by_label("You may write to me about joining").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you")
    assert_accessible(page)


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (30, 20), (0, 90, 160)).save(out, format="PNG")
    return out.getvalue()


def test_image_errors_and_the_preview_are_accessible(page, live_server, home_page, settings, assert_accessible):
    settings.MEMBERS_MIN_FILL_SECONDS = 0
    StoryIndexPageFactory(parent=home_page, title="Stories", slug="stories")
    MemberFactory(username="ama", email="ama@example.org")
    page.goto(live_server.url + "/en/accounts/login/")
    page.get_by_label("Email").fill("ama@example.org")
    page.get_by_label("Password").fill("member-password")
    page.get_by_role("button", name="Sign In").click()
    page.goto(live_server.url + "/en/members/submissions/new/")
    page.get_by_label("Title", exact=True).fill("Street tool library")
    page.get_by_label("Lead image").set_input_files(
        files=[{"name": "holiday.jpg", "mimeType": "image/jpeg", "buffer": b"<html>not an image</html>"}]
    )
    page.get_by_role("button", name="Save and preview").click()
    expect(page.locator("#id_new_image-error")).to_contain_text("not a JPEG, PNG, WebP or HEIC image")
    expect(page.get_by_label("Title", exact=True)).to_have_value("Street tool library")
    assert_accessible(page)
    page.get_by_label("Lead image").set_input_files(
        files=[{"name": "a.png", "mimeType": "image/png", "buffer": _png()}]
    )
    page.get_by_label("Describe the image").fill("A blue rectangle")
    page.get_by_label("Summary", exact=True).fill("Neighbours lend each other tools.")
    page.get_by_role("button", name="Save and preview").click()
    expect(page.get_by_role("heading", name="This is a preview")).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Street tool library")
    expect(page.get_by_role("img", name="A blue rectangle")).to_be_visible()
    assert_accessible(page)
