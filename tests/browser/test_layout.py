"""Layout on every public page type, on the demo content: never wider than the window, and the
page title in line with the content under it, on a small phone, a phone and a desktop.

One test, one demo load: every (address, width) pair is measured and all misfits are reported
together, so a failure lists everything that is off rather than the first thing.
"""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect
from wagtail.models import Site

from events.models import EventIndexPage, EventPage
from handbook.models import FrameworkPage, HandbookIndexPage, HandbookPage
from home.models import HomePage
from members.join import JoinPage
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from stories.models import CaseStudyPage, StoryIndexPage, StoryPage

pytestmark = pytest.mark.django_db(transaction=True)

WIDTHS = (320, 375, 1280)
PAGE_TYPES = (
    HomePage,
    JoinPage,
    HandbookIndexPage,
    HandbookPage,
    FrameworkPage,
    EventIndexPage,
    EventPage,
    StoryIndexPage,
    StoryPage,
    CaseStudyPage,
)

# The h1's start edge, the start edge of the content under it (the outermost text blocks of
# <main> that are shown), and the breadcrumb trail's, in the page's own direction (so an Arabic
# page measures from the right).
MEASURE = """() => {
  const root = document.documentElement, rtl = getComputedStyle(root).direction === 'rtl';
  const start = el => { const r = el.getBoundingClientRect(); return rtl ? root.clientWidth - r.right : r.left; };
  const shown = el => { const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && !el.closest('.visually-hidden, [hidden]'); };
  const h1 = document.querySelector('main h1');
  const blocks = [...document.querySelectorAll(
    'main p, main ul, main ol, main dl, main form, main table, main figure, main section, main h2')]
    .filter(el => shown(el) && !h1.contains(el));
  const trail = document.querySelector('.breadcrumbs ol');
  // The site's name, line by line, against the phone's Menu button (its word differs by language).
  const name = document.createRange();
  name.selectNodeContents(document.querySelector('.site-header__name'));
  const menu = document.querySelector('.site-menu__toggle').getBoundingClientRect();
  const apart = (a, b) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
  return {
    nameUnderMenu: menu.width > 0 && [...name.getClientRects()].some(line => !apart(line, menu)),
    scrollWidth: root.scrollWidth, width: root.clientWidth,
    title: Math.round(start(h1)),
    content: Math.round(Math.min(...blocks.map(start))),
    trail: trail ? Math.round(start(trail)) : null,
  };
}"""


def public_addresses() -> list[str]:
    """One page of every public page type (English, plus Welsh and Arabic: right to left, and the
    header's longer words),
    the routes those pages add, search and the sign-in pages."""
    addresses = []
    for model in PAGE_TYPES:
        page = model.objects.live().filter(locale__language_code="en").order_by("path").first()
        assert page is not None, f"the demo has no {model.__name__}"
        addresses.append(page.url)
    handbook = addresses[PAGE_TYPES.index(HandbookIndexPage)]
    framework = addresses[PAGE_TYPES.index(FrameworkPage)]
    events = addresses[PAGE_TYPES.index(EventIndexPage)]
    stories = addresses[PAGE_TYPES.index(StoryIndexPage)]
    addresses += [
        f"{handbook}glossary/",
        f"{handbook}wanted/",
        f"{framework}{FrameworkPage.objects.live().first().areas().first().slug}/",
        f"{events}past/",
        f"{stories}tags/",
        f"{stories}tags/{StoryPage.objects.live().first().tags.first().slug}/",
        "/en/search/?q=leadership",
        "/en/search/?q=zzzz",
        "/accounts/login/",
        "/accounts/signup/",
    ]
    for code in ("cy", "ar"):
        for model in (HomePage, FrameworkPage, StoryPage, EventPage):
            page = model.objects.live().filter(locale__language_code=code).first()
            if page is not None:
                addresses.append(page.url)
    return addresses


def test_no_page_is_wider_than_the_window_and_titles_line_up(page, live_server, roles):
    # roles (with home_page) puts back the root page, locale and groups an earlier browser test flushed.
    call_command("load_demo_content", verbosity=0)
    Site.objects.update(site_name="Social Action Hub")  # the real name's length, not the fixtures' "Test Hub"
    addresses = public_addresses()
    misfits = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        for address in addresses:
            response = page.goto(live_server.url + address)
            assert response.status == 200, f"{address} answered {response.status}"
            got = page.evaluate(MEASURE)
            where = f"{address} at {width}px"
            if got["nameUnderMenu"]:
                misfits.append(f"{where}: the Menu button covers the site's name")
            if got["scrollWidth"] > got["width"]:
                misfits.append(f"{where}: the page is {got['scrollWidth']}px wide")
            if abs(got["title"] - got["content"]) > 2:
                misfits.append(f"{where}: the title starts at {got['title']}px, the content at {got['content']}px")
            if got["trail"] is not None and abs(got["title"] - got["trail"]) > 2:
                misfits.append(f"{where}: the title starts at {got['title']}px, the breadcrumbs at {got['trail']}px")
    assert not misfits, "\n".join(misfits)


@pytest.fixture
def library(home_page):
    index = StoryIndexPageFactory(parent=home_page, title="Stories", slug="stories", show_in_menus=True)
    StoryPageFactory(parent=index, title="A rota that shared the load")
    return index


def test_phone_menu_and_filters_open_without_javascript(browser, live_server, library):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/en/")
    header = page.locator(".site-header").bounding_box()
    assert header["height"] < 120, f"the phone header takes {header['height']}px"
    main_menu = page.get_by_role("navigation", name="Main")
    expect(main_menu).to_be_hidden()
    expect(page.get_by_label("Search the site")).to_be_hidden()
    page.locator("summary", has_text="Menu").focus()
    page.keyboard.press("Enter")
    expect(main_menu).to_be_visible()
    expect(page.get_by_label("Search the site")).to_be_visible()
    main_menu.get_by_role("link", name="Stories").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Stories")
    # The story filters fold away on a phone; the words field stays.
    expect(page.get_by_label("Tag")).to_be_hidden()
    expect(page.get_by_label("Words")).to_be_visible()
    page.get_by_text("Filters and sort order").click()
    expect(page.get_by_label("Tag")).to_be_visible()
    context.close()


def test_desktop_shows_the_menu_and_filters_without_a_toggle(page, live_server, library):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(live_server.url + "/en/stories/")
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    expect(page.locator("summary", has_text="Menu")).to_be_hidden()
    expect(page.get_by_label("Tag")).to_be_visible()
    expect(page.get_by_text("Filters and sort order")).to_be_hidden()


def test_phone_header_and_folded_filters_are_axe_clean(page, live_server, library, assert_accessible):
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(live_server.url + "/en/stories/")
    assert_accessible(page)
    page.locator("summary", has_text="Menu").click()
    page.get_by_text("Filters and sort order").click()
    expect(page.get_by_role("navigation", name="Main")).to_be_visible()
    assert_accessible(page)


def test_password_fields_look_like_the_other_fields(page, live_server, home_page):
    page.goto(live_server.url + "/en/accounts/login/")
    look = "el => ['borderTopWidth', 'borderTopColor', 'paddingTop', 'borderRadius'].map(p => getComputedStyle(el)[p])"
    email = page.locator("input[type=email]").evaluate(look)
    password = page.locator("input[type=password]").evaluate(look)
    assert password == email, f"password {password} vs email {email}"
