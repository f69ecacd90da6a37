"""Member pages in a real browser: accessible, including with errors shown; usable by keyboard."""

import pytest
from playwright.sync_api import expect

from members.factories import MemberFactory

pytestmark = pytest.mark.django_db(transaction=True)


def _sign_in_with_keyboard(page, live_server, email, password):
    page.goto(live_server.url + "/en/accounts/login/")
    page.get_by_label("Email").focus()
    page.keyboard.type(email)
    page.keyboard.press("Tab")
    page.keyboard.type(password)
    page.keyboard.press("Enter")


def test_sign_in_and_up_pages_are_accessible_with_errors(page, live_server, home_page, assert_accessible):
    page.goto(live_server.url + "/en/accounts/login/")
    assert_accessible(page)
    page.goto(live_server.url + "/en/accounts/signup/")
    assert_accessible(page)
    page.get_by_role("button", name="Sign Up").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert_accessible(page)


def test_member_signs_in_by_keyboard_and_edits_profile(page, live_server, home_page, assert_accessible):
    MemberFactory(username="ama", email="ama@example.org")
    _sign_in_with_keyboard(page, live_server, "ama@example.org", "member-password")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your account")
    assert_accessible(page)
    page.get_by_role("link", name="Change your profile").click()
    assert_accessible(page)
    # The browser enforces maxlength; a client that ignores it still gets a clear error.
    page.locator("#id_display_name").evaluate("el => el.removeAttribute('maxlength')")
    page.get_by_label("Display name", exact=True).fill("x" * 81)
    page.get_by_role("button", name="Save profile").click()
    expect(page.locator("#id_display_name-error")).to_be_visible()
    assert_accessible(page)
    page.get_by_label("Display name", exact=True).fill("Ama")
    page.get_by_label("Anonymous").check()
    page.get_by_role("button", name="Save profile").click()
    expect(page.locator(".messages")).to_contain_text("Your profile is saved.")
