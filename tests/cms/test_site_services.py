"""Search, sitemap, robots.txt, error pages and site settings."""

import pytest
from django.test import override_settings

from cms.factories import StandardPageFactory
from cms.models import SiteSettings
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db


def test_search_finds_pages_by_their_words(client, home_page):
    StandardPageFactory(
        parent=home_page, title="Consensus decisions", slug="consensus", introduction="How circles agree."
    )
    StandardPageFactory(parent=home_page, title="Room booking", slug="rooms", introduction="Renting a hall.")
    html = client.get("/en/search/", {"q": "consensus"}).content.decode()
    assert "Consensus decisions" in html
    assert "Room booking" not in html
    assert "1 result for" in html


def test_search_with_no_match_says_so(client, home_page):
    html = client.get("/en/search/", {"q": "zzzqqq"}).content.decode()
    assert "Nothing matched" in html


def test_search_query_is_escaped(client, home_page):
    html = client.get("/en/search/", {"q": '"><script>alert(1)</script>'}).content.decode()
    assert "<script>alert(1)</script>" not in html


def test_search_pages_results(client, home_page, same_cost):
    def grow(n):
        for i in range(home_page.get_children().count(), n):
            StandardPageFactory(
                parent=home_page, slug=f"circle-{i}", title=f"Circle {i}", introduction="listening circle"
            )

    same_cost("/en/search/?q=circle", grow, small=12, large=60, budget=COLD_BUDGET["search"])
    html = client.get("/en/search/", {"q": "circle", "page": 2}).content.decode()
    assert "Page 2 of 6" in html
    assert 'href="?q=circle&amp;page=1"' in html


def test_sitemap_lists_live_pages(client, home_page):
    StandardPageFactory(parent=home_page, slug="about")
    StandardPageFactory(parent=home_page, slug="draft", live=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/en/about/" in xml
    assert "/en/draft/" not in xml


def test_robots_txt_points_at_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert "Sitemap: http://localhost/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


@override_settings(DEBUG=False)
def test_friendly_404(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "We can’t find that page" in response.content.decode()
    assert 'role="search"' in response.content.decode()


def test_500_page_renders_without_a_database():
    from cms.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert b"Something went wrong on our side" in response.content


def test_site_settings_appear_in_header_and_footer(client, home_page):
    from wagtail.models import Site

    SiteSettings.objects.create(
        site=Site.objects.get(),
        tagline="Networks learning together",
        contact_email="hello@example.org",
        footer_text="Shared with care.",
        social_links=[("link", {"label": "Mastodon", "url": "https://social.example.org/@hub"})],
    )
    html = client.get("/en/").content.decode()
    assert "Networks learning together" in html
    assert 'href="mailto:hello@example.org"' in html
    assert "Shared with care." in html
    assert 'href="https://social.example.org/@hub"' in html
