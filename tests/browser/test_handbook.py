"""Handbook, glossary and framework in a real browser: axe clean, usable by keyboard."""

import pytest
from playwright.sync_api import expect

from handbook.factories import (
    FrameworkAreaFactory,
    FrameworkPageFactory,
    FrameworkValueFactory,
    GlossaryTermFactory,
    HandbookIndexPageFactory,
    HandbookPageFactory,
)
from handbook.models import HandbookGap

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site(home_page):
    can = GlossaryTermFactory(
        term="CAN",
        slug="can",
        short_definition="A local network of people acting together.",
        alternative_names="Citizen Action Network\nClimate Action Network",
    )
    GlossaryTermFactory(term="Mutual aid", slug="mutual-aid")
    handbook = HandbookIndexPageFactory(parent=home_page)
    body = [
        ("heading", {"text": "Patience", "level": "h2", "anchor": ""}),
        ("paragraph", '<p>Trust takes time.<span class="footnote">Notes of a members\' call, 2021.</span></p>'),
        (
            "quotation",
            {
                "quote": "Nobody can hurry a circle.",
                "person": "Dele",
                "role": "Forum host",
                "source_title": "",
                "source_url": "",
                "reference": "<p>Spring gathering, 2021.</p>",
            },
        ),
        ("term", {"term": can, "note": ""}),
        (
            "editor_note",
            {"kind": "question", "text": "<p>Is this the right order?</p>", "signed": "Priya", "date": None},
        ),
        ("heading", {"text": "Sharing forward", "level": "h2", "anchor": ""}),
        ("gap", {"title": "Sharing forward", "prompt": "How do you pass on what you learned?"}),
    ]
    ways = HandbookPageFactory(parent=handbook, title="Ways of working", slug="ways-of-working", body=body)
    HandbookPageFactory(
        parent=ways,
        title="Styles of working",
        slug="styles",
        body=[("see_also", {"title": "", "pages": [ways]})],
    )
    for order, name in enumerate(["Change", "Listening"]):
        FrameworkAreaFactory(name=name, sort_order=order, practices=[("practice", {"text": "Ask first", "detail": ""})])
    FrameworkValueFactory(name="Learning")
    FrameworkPageFactory(parent=home_page)
    gap = HandbookGap.objects.get()
    return {"contribute": f"/en/handbook/contribute/{gap.key}/"}


PATHS = [
    "/en/handbook/",
    "/en/handbook/ways-of-working/",
    "/en/handbook/ways-of-working/styles/",
    "/en/handbook/wanted/",
    "/en/handbook/glossary/",
    "/en/handbook/glossary/can/",
    "/en/framework/",
    "/en/framework/listening/",
]


def test_handbook_pages_have_no_axe_violations(page, live_server, site, assert_accessible):
    for path in [*PATHS, site["contribute"]]:
        page.goto(live_server.url + path)
        assert_accessible(page)


def test_contribution_errors_are_accessible_and_lead_to_each_field(page, live_server, site, assert_accessible):
    page.goto(live_server.url + site["contribute"])
    page.get_by_label("Your name").fill("Ama")
    page.get_by_label("Your text for this section").fill("Short")
    page.get_by_role("button", name="Send my text to the editors").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    assert_accessible(page)
    # Nothing typed is lost, and the summary's links move focus to the fields.
    expect(page.get_by_label("Your name")).to_have_value("Ama")
    expect(page.get_by_label("Your text for this section")).to_have_value("Short")
    summary.get_by_role("link", name="Your email address").click()
    expect(page.get_by_label("Your email address")).to_be_focused()


def test_contribution_form_by_keyboard_alone(page, live_server, site, settings):
    settings.MEMBERS_MIN_FILL_SECONDS = 0  # a test types faster than any person
    page.goto(live_server.url + site["contribute"])
    page.get_by_label("Your name").focus()
    page.keyboard.type("Ama Mensah")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Your email address")).to_be_focused()
    page.keyboard.type("ama@example.org")
    page.keyboard.press("Tab")
    page.keyboard.type("We pass our notes to the next group that starts, with a phone call.")
    page.keyboard.press("Tab")
    expect(page.locator("#id_consent")).to_be_focused()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")  # the honeypot is skipped
    expect(page.get_by_role("button", name="Send my text to the editors")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Thank you: your text has reached the editors")


def test_term_definition_opens_by_keyboard_without_javascript(browser, live_server, site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/en/handbook/ways-of-working/")
    definition = page.get_by_text("A local network of people acting together.")
    expect(definition).to_be_hidden()
    page.locator(".term-disclosure summary").focus()
    page.keyboard.press("Enter")
    expect(definition).to_be_visible()
    context.close()


def test_footnote_links_go_there_and_back(page, live_server, site):
    page.goto(live_server.url + "/en/handbook/ways-of-working/")
    page.locator("#fnref-1").click()
    assert page.url.endswith("#fn-1")
    page.locator("#fn-1 .footnote-back").click()
    assert page.url.endswith("#fnref-1")


def test_no_horizontal_scroll_at_320px(page, live_server, site):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ["/en/handbook/ways-of-working/", "/en/handbook/glossary/", "/en/framework/", site["contribute"]]:
        page.goto(live_server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
