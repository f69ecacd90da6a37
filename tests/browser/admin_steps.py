"""Steps in the Wagtail admin shared by the browser tests: sign in as a role, publish, find a field."""

import re

from django.contrib.auth.models import Group
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

PASSWORD = "pass-for-browser-tests"


def staff(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    return user


def sign_in(page, live_server, username):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/admin/")


def sign_out(page):
    page.context.clear_cookies()


def add_block(page, label):
    """Append a block to the body's StreamField with its "Insert a block" button (the last one)."""
    page.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def close_date_pickers(page):
    """Close Wagtail's date picker as a person using a mouse would: a click outside it (the
    editor's open tab). The picker opens 100 ms after its field gets focus, so an Escape pressed
    straight after filling the field can come before it opens: give it that time, then close
    whichever picker is showing."""
    page.keyboard.press("Escape")
    page.wait_for_timeout(250)
    showing = page.locator(".xdsoft_datetimepicker:visible")
    for _ in range(3):
        if not showing.count():
            return
        page.locator("[role=tab][aria-selected=true]").click()
        showing.first.wait_for(state="hidden")


def publish(page):
    """Publish from the editor's footer menu. Only opening the menu is retried (after closing a
    date picker that opened late over it); the Publish button itself is pressed once."""
    more_actions = page.get_by_role("button", name="More actions")
    for attempt in range(3):
        close_date_pickers(page)
        try:
            more_actions.click(timeout=10_000)
            break
        except PlaywrightTimeoutError:
            if attempt == 2:
                raise
    page.get_by_role("button", name="Publish").click()
    page.wait_for_load_state("networkidle")


def show_field(page, selector):
    """Open whichever editor tab holds the field (tabs may be rearranged), return the field."""
    panel = page.locator(selector).evaluate("element => element.closest('[role=tabpanel]').id")
    page.locator(f"[role=tab][aria-controls='{panel}']").click()
    return page.locator(selector)


def new_event_with_a_welcome(page, live_server, events, title, summary):
    """Open a new event's form under ``events``, give it a title and summary, add a programme
    item "Welcome" and open its first speaker's person chooser; returns the programme item."""
    page.goto(live_server.url + f"/admin/pages/add/events/eventpage/{events.pk}/")
    page.wait_for_load_state("networkidle")
    page.locator("#id_title").fill(title)
    page.get_by_role("textbox", name="Summary").fill(summary)
    page.locator("[data-contentpath='programme']").get_by_role("button", name="Insert a block").first.click()
    item = page.locator("[data-contentpath='programme'] [data-streamfield-child]").first
    item.get_by_role("textbox", name="Title").fill("Welcome")
    add_speaker = item.locator("[data-contentpath='speakers']").get_by_role("button").first
    choose = item.get_by_role("button", name=re.compile("Choose (a )?person", re.I)).first
    add_speaker.click()
    try:
        choose.wait_for(state="visible", timeout=10_000)
    except PlaywrightTimeoutError:
        # On a loaded machine the first click can land before the new block's list is wired up.
        add_speaker.click()
    choose.click()
    try:
        page.locator(".modal-content").wait_for(state="visible", timeout=15_000)
    except PlaywrightTimeoutError:
        # Likewise the chooser button can be shown before its handler is attached.
        choose.click()
    return item
