"""The site shell in a real browser: accessible, keyboard-usable, fine on a small phone."""

import pytest
from playwright.sync_api import expect
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms.factories import StandardPageFactory
from cms.models import SiteSettings

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shell(home_page):
    from wagtail.models import Site

    SiteSettings.objects.create(site=Site.objects.get(), tagline="Learning together", contact_email="hi@example.org")
    image = Image.objects.create(title="Circle", file=get_test_image_file())
    body = [
        ("heading", {"text": "Who we are", "level": "h2", "anchor": ""}),
        ("paragraph", "<p>A network of <a href='/en/'>networks</a>.</p>"),
        (
            "quotation",
            {"quote": "Listen first.", "person": "Ama", "role": "Host", "source_title": "", "source_url": ""},
        ),
        ("image", {"image": image, "alt_text": "Chairs set out in a circle", "caption": "Our room"}),
        (
            "callout",
            {
                "tone": "info",
                "title": "Note",
                "text": "<p>Open to all.</p>",
                "link_page": None,
                "link_url": "",
                "link_text": "",
            },
        ),
    ]
    about = StandardPageFactory(parent=home_page, title="About", slug="about", show_in_menus=True, body=body)
    return {"home": home_page, "about": about}


@pytest.mark.parametrize("path", ["/en/", "/en/about/", "/en/search/?q=network", "/en/missing-page/"])
def test_pages_have_no_axe_violations(page, live_server, shell, assert_accessible, path):
    page.goto(live_server.url + path)
    assert_accessible(page)


def test_skip_link_is_first_and_moves_focus_to_main(page, live_server, shell):
    page.goto(live_server.url + "/en/about/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_focus_is_visible_on_links(page, live_server, shell):
    page.goto(live_server.url + "/en/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"


def test_no_horizontal_scroll_at_320px(page, live_server, shell):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/en/", "/en/about/", "/en/search/?q=network"):
        page.goto(live_server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"


def test_search_from_header_without_javascript(browser, live_server, shell):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/en/")
    page.get_by_label("Search the site").fill("network")
    page.get_by_label("Search the site").press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Search")
    expect(page.locator(".search-summary")).to_contain_text("for “network”")
    context.close()
