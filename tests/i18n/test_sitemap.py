"""The sitemap lists every language's pages, each with its translations as xhtml:link alternates."""

import pytest
from defusedxml import ElementTree

from cms.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _sitemap(client) -> dict:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    tree = ElementTree.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
        for url in tree.findall("s:url", NS)
    }


def test_sitemap_has_every_language_with_reciprocal_alternates(client, translated_site):
    urls = _sitemap(client)
    about = {code: f"http://localhost/{code}/about/" for code in ("en", "cy", "ar")}
    assert set(about.values()) <= set(urls)
    for code, location in about.items():
        assert urls[location] == {**about, "x-default": about["en"]}, code
    for location in urls:
        assert client.get(location.removeprefix("http://localhost")).status_code == 200, location


def test_a_page_in_one_language_has_no_alternates(client, translated_site):
    StandardPageFactory(parent=translated_site["en"]["home"], title="Only English", slug="only-english")
    assert _sitemap(client)["http://localhost/en/only-english/"] == {}
