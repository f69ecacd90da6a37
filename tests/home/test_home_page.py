"""The home page: welcome, navigation, empty slots that read well, and its page rules."""

import pytest
from wagtail.models import Page

from cms.factories import StandardPageFactory
from home.models import HomePage
from tests.page_rules import assert_creatable_only_under
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db


def test_root_redirects_to_language_prefix(client, home_page):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_home_page_renders_welcome_and_empty_slots(client, home_page):
    home_page.introduction = "Networks sharing how they work."
    home_page.save_revision().publish()
    html = client.get("/en/").content.decode()
    assert "Networks sharing how they work." in html
    for heading in ("The handbook", "Upcoming events", "Latest stories"):
        assert heading in html
    assert html.count('class="empty-state"') == 3


def test_main_nav_lists_pages_shown_in_menus(client, home_page):
    StandardPageFactory(parent=home_page, title="About", slug="about", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Hidden away", slug="hidden", show_in_menus=False)
    html = client.get("/en/").content.decode()
    nav = html.split('aria-label="Main"', 1)[1].split("</nav>", 1)[0]
    assert ">About</a>" in nav
    assert "Hidden away" not in nav


def test_current_section_marked_in_nav(client, home_page):
    about = StandardPageFactory(parent=home_page, title="About", slug="about", show_in_menus=True)
    html = client.get(about.url).content.decode()
    assert 'aria-current="page">About</a>' in html


def test_landmarks_skip_link_and_language(client, home_page):
    html = client.get("/en/").content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert '<a class="skip-link" href="#main">' in html
    for landmark in ('<header class="site-header">', '<main id="main"', '<footer class="site-footer">'):
        assert landmark in html


def test_home_page_only_under_root(admin_client, home_page):
    about = StandardPageFactory(parent=home_page, slug="about")
    root = Page.get_first_root_node()
    assert_creatable_only_under(admin_client, HomePage, allowed=[root], refused=[home_page, about])


def test_nav_cost_does_not_grow_with_pages(home_page, same_cost):
    def grow(n):
        for i in range(home_page.get_children().count(), n):
            StandardPageFactory(parent=home_page, slug=f"p{i}", title=f"Page {i}", show_in_menus=True)

    same_cost("/en/", grow, small=10, large=60, budget=COLD_BUDGET["home"])
