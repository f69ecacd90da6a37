"""Welsh and Arabic in a real browser: Arabic lays out right to left, both are axe-clean."""

import pytest
from wagtail.models import Locale

from cms.demo_tools import Progress
from cms.demo_translations import STRINGS, translate_page
from cms.factories import StandardPageFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def translated(home_page):
    home_page.title = "Learning from each other"
    home_page.save_revision().publish()
    about = StandardPageFactory(
        parent=home_page,
        title="About the network",
        slug="about",
        show_in_menus=True,
        introduction="Who runs this site, who it is for, and how to take part.",
    )
    silent = Progress(lambda line: None)
    for code in ("cy", "ar"):
        Locale.objects.get_or_create(language_code=code)
        translate_page(home_page, code, STRINGS, silent)
        translate_page(about, code, STRINGS, silent)


def test_arabic_home_reads_right_to_left(page, live_server, translated):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/ar/")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    assert page.locator("h1").inner_text() == "نتعلّم من بعضنا"
    brand = page.locator(".site-header__brand").bounding_box()
    assert brand["x"] > 1280 / 2, "the site name sits on the right in Arabic"
    page.goto(live_server.url + "/en/")
    brand = page.locator(".site-header__brand").bounding_box()
    assert brand["x"] + brand["width"] < 1280 / 2, "and on the left in English"


def test_switcher_moves_between_languages(page, live_server, translated):
    page.goto(live_server.url + "/en/about/")
    page.get_by_role("navigation", name="Language").get_by_role("link", name="Cymraeg").click()
    assert page.url == live_server.url + "/cy/about/"
    assert page.locator("h1").inner_text() == "Am y rhwydwaith"
    page.get_by_role("navigation", name="Iaith").get_by_role("link", name="العربيّة").click()
    assert page.url == live_server.url + "/ar/about/"


@pytest.mark.parametrize("path", ["/cy/", "/ar/", "/cy/about/", "/ar/about/"])
def test_translated_pages_have_no_axe_violations(page, live_server, translated, assert_accessible, path):
    page.goto(live_server.url + path)
    assert_accessible(page)


@pytest.fixture
def arabic_library(translated, home_page):
    """A story library with one story translated into Arabic and one left in English."""
    from stories.factories import StoryIndexPageFactory, StoryPageFactory

    strings = {
        "Stories": {"ar": "القصص", "cy": "Straeon"},
        "The soup night": {"ar": "ليلة الحساء", "cy": "Noson y cawl"},
        "A short account of the soup night.": {"ar": "رواية قصيرة عن ليلة الحساء.", "cy": "Hanes byr noson y cawl."},
    }
    index = StoryIndexPageFactory(parent=home_page)
    story = StoryPageFactory(parent=index, slug="soup", title="The soup night")
    StoryPageFactory(parent=index, slug="garden", title="The garden rota")
    silent = Progress(lambda line: None)
    for code in ("ar", "cy"):
        translate_page(index, code, strings, silent)
        translate_page(story, code, strings, silent)


def test_arabic_story_page_reads_right_to_left(page, live_server, arabic_library, assert_accessible):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/ar/stories/soup/")
    assert page.evaluate("getComputedStyle(document.documentElement).direction") == "rtl"
    heading = page.locator("h1")
    assert heading.inner_text() == "ليلة الحساء"
    box = heading.bounding_box()
    assert box["x"] + box["width"] > 1280 / 2, "the title starts on the right"
    assert_accessible(page)


@pytest.mark.parametrize("path", ["/ar/stories/", "/cy/stories/", "/cy/search/?q=cawl"])
def test_translated_listings_and_their_fallback_note_are_accessible(
    page, live_server, arabic_library, assert_accessible, path
):
    page.goto(live_server.url + path)
    note = page.locator(".language-fallback")
    assert note.is_visible()
    note.get_by_role("link").click()
    assert "/en/" in page.url  # the full list, in English
    page.goto(live_server.url + path)
    assert_accessible(page)
