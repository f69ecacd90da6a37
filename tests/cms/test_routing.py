"""Routing in three queries (cms/routing.py) keeps Wagtail's rules: privacy, aliases, the menu,
drafts, 404s, and restricted pages left out of listings (``restricted_q``)."""

import pytest
from wagtail.models import PageViewRestriction

from cms.factories import StandardPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory

pytestmark = pytest.mark.django_db

LOGIN = "/en/accounts/login/"


def _private(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)


def test_a_page_below_a_private_section_still_asks_readers_to_sign_in(client, home_page):
    section = StandardPageFactory(parent=home_page, title="Members", slug="members-area")
    inner = StandardPageFactory(parent=section, title="Minutes", slug="minutes")
    assert client.get(inner.url).status_code == 200
    _private(section)
    for url in (section.url, inner.url):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(LOGIN + "?next="), url


def test_an_alias_of_a_private_page_is_private_too(client, home_page):
    original = StandardPageFactory(parent=home_page, title="Minutes", slug="minutes")
    elsewhere = StandardPageFactory(parent=home_page, title="Archive", slug="archive")
    alias = original.create_alias(parent=elsewhere, update_slug="minutes-copy")
    assert client.get(alias.url).status_code == 200
    _private(original)
    response = client.get(alias.url)
    assert response.status_code == 302 and response["Location"].startswith(LOGIN + "?next=")


def test_drafts_and_missing_pages_are_not_found(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Soon", slug="soon")
    page.unpublish()
    assert client.get("/en/soon/").status_code == 404
    assert client.get("/en/soon/nothing-here/").status_code == 404
    assert client.get("/en/never-was/").status_code == 404


def test_the_menu_lists_live_pages_marked_for_it_in_tree_order(client, home_page):
    StandardPageFactory(parent=home_page, title="Zebra crossing", slug="zebra", show_in_menus=True)
    StandardPageFactory(parent=home_page, title="Hidden away", slug="hidden", show_in_menus=False)
    StandardPageFactory(parent=home_page, title="About us", slug="about", show_in_menus=True)
    draft = StandardPageFactory(parent=home_page, title="Draft item", slug="draft", show_in_menus=True)
    draft.unpublish()
    html = client.get("/en/about/").content.decode()
    menu = html[html.index('class="main-nav"') : html.index("</nav>", html.index('class="main-nav"'))]
    assert menu.index("Zebra crossing") < menu.index("About us")
    assert "Hidden away" not in menu and "Draft item" not in menu
    assert 'href="/en/about/" aria-current="page"' in menu


def test_an_event_below_a_private_page_is_left_out_of_the_home_page(client, home_page):
    index = EventIndexPageFactory(parent=home_page, title="Events", slug="events")
    EventPageFactory(parent=index, title="Open forum", slug="open-forum")
    assert "Open forum" in client.get("/en/").content.decode()
    _private(index)
    assert "Open forum" not in client.get("/en/").content.decode()
