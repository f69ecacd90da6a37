"""The stories library in a real browser: filter, read, follow a related story; axe clean."""

import pytest
from playwright.sync_api import expect

from handbook.factories import FrameworkAreaFactory, FrameworkValueFactory
from stories.factories import CaseStudyPageFactory, StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db(transaction=True)

QUOTE = [("quotation", {"quote": "Bring a chair.", "person": "Sam", "role": "", "source_title": "", "source_url": ""})]


@pytest.fixture
def library(home_page):
    organise = FrameworkAreaFactory(name="Organise", slug="organise")
    connect = FrameworkAreaFactory(name="Connect", slug="connect")
    participation = FrameworkValueFactory(name="Participation", slug="participation")
    index = StoryIndexPageFactory(parent=home_page, show_in_menus=True)
    story = StoryPageFactory(
        parent=index,
        title="Soup night",
        slug="soup-night",
        summary="A shared meal became a tenants' union.",
        body=[("paragraph", "<p>We knocked on three doors.</p>")],
        quotations=QUOTE,
        tags=["food", "housing"],
        framework_areas=[organise],
        framework_values=[participation],
        place="Leeds",
        completeness="reviewed",
    )
    case = CaseStudyPageFactory(
        parent=index,
        title="Fridge network",
        slug="fridge-network",
        summary="Community fridges kept food moving.",
        tags=["food"],
        framework_areas=[organise, connect],
        framework_values=[participation],
        period="2023",
        organisations="Food group",
        lessons="Write the routine down.",
    )
    StoryPageFactory(
        parent=index, title="Bench talk", slug="bench-talk", tags=["public space"], framework_areas=[connect]
    )
    return {"index": index, "story": story, "case": case}


AXE_PATHS = [
    "/en/stories/",
    "/en/stories/?tag=food&area=organise&q=soup",
    "/en/stories/?tag=no-such-tag",
    "/en/stories/soup-night/",
    "/en/stories/fridge-network/",
    "/en/stories/tags/food/",
    "/en/stories/tags/",
]


def test_library_pages_have_no_axe_violations(page, live_server, library, assert_accessible):
    # One fixture for all pages: a transactional browser fixture is slow to rebuild.
    for path in AXE_PATHS:
        page.goto(live_server.url + path)
        assert_accessible(page)


def test_filter_by_tag_and_area_then_follow_a_related_story(browser, live_server, library):
    context = browser.new_context(java_script_enabled=False)  # the library works without JavaScript
    page = context.new_page()
    page.goto(live_server.url + "/en/stories/")
    page.get_by_label("Tag").select_option("food")
    page.get_by_label("Framework area").select_option("organise")
    page.get_by_role("button", name="Show results").click()
    assert "tag=food" in page.url and "area=organise" in page.url
    expect(page.locator(".results-summary")).to_contain_text("2 stories and case studies")
    expect(page.locator(".active-filters")).to_contain_text("Tag: food")

    page.get_by_role("link", name="Soup night").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Soup night")
    related = page.locator(".related-entries")
    expect(related).to_contain_text("Fridge network")
    related.get_by_role("link", name="Fridge network").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Fridge network")
    expect(page.get_by_role("heading", name="What was learned")).to_be_visible()
    context.close()


def test_removing_an_active_filter_keeps_the_others(page, live_server, library):
    page.goto(live_server.url + "/en/stories/?tag=food&area=connect")
    expect(page.locator(".entry-card")).to_have_count(1)
    page.get_by_role("link", name="Framework area: Connect").click()
    assert "area=" not in page.url and "tag=food" in page.url
    expect(page.locator(".entry-card")).to_have_count(2)


def test_library_fits_a_small_phone(page, live_server, library):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/en/stories/?tag=food", "/en/stories/fridge-network/"):
        page.goto(live_server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
