"""Link previews and rich results: OpenGraph and Twitter tags on every page type, Article
JSON-LD on stories and case studies, WebSite and Organization on home, events with image,
speakers and offers."""

import json
import re

import pytest

from events.factories import EventIndexPageFactory, EventPageFactory, PersonFactory

pytestmark = pytest.mark.django_db


def _meta(html: str) -> dict:
    found = {}
    for key, value in re.findall(r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', html):
        found.setdefault(key, []).append(value)
    return found


def _json_ld(html: str) -> list:
    items = []
    for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(block)
        items.extend(data if isinstance(data, list) else [data])
    return items


@pytest.mark.parametrize("kind", ["story", "case", "home", "event", "index"])
def test_every_page_type_has_open_graph_and_twitter_tags(client, home_page, index, make_story, make_case, kind):
    page = {
        "story": lambda: make_story(title="Soup night"),
        "case": lambda: make_case(title="Fridge network"),
        "home": lambda: home_page,
        "event": lambda: EventPageFactory(parent=EventIndexPageFactory(parent=home_page), title="Forum"),
        "index": lambda: index,
    }[kind]()
    meta = _meta(client.get(page.url).content.decode())
    assert meta["og:type"] == ["article" if kind in ("story", "case") else "website"]
    assert meta["og:locale"] == ["en_GB"]
    assert meta["twitter:card"] == ["summary_large_image"]
    (image,) = meta["og:image"]
    assert image.startswith("http://localhost/") and meta["twitter:image"] == [image]
    assert client.get(image.removeprefix("http://localhost")).status_code == 200
    assert meta["og:image:width"] == ["1200"] and meta["og:image:height"] == ["630"]


def test_stories_and_case_studies_carry_article_json_ld(client, make_story):
    page = make_story(title="Soup night", summary="We cooked.", credit_name="Jo Private")
    html = client.get(page.url).content.decode()
    (article,) = [item for item in _json_ld(html) if item["@type"] == "Article"]
    assert article["headline"] == "Soup night"
    assert article["image"][0].startswith("http://localhost/")
    assert article["datePublished"] and article["dateModified"]
    assert article["author"]["@type"] == "Organization" and article["author"]["name"] == "Test Hub"
    assert "Jo Private" not in json.dumps(article)


def test_home_carries_website_and_organization(client, home_page):
    items = {item["@type"]: item for item in _json_ld(client.get(home_page.url).content.decode())}
    assert items["WebSite"]["url"] == "http://localhost/en/"
    assert "{search_term_string}" in items["WebSite"]["potentialAction"]["target"]["urlTemplate"]
    assert items["Organization"]["name"] == "Test Hub"


def test_event_json_ld_has_image_speakers_and_a_free_offer(client, home_page):
    speaker = PersonFactory(name="Ama Mensah", organisation="Tenants Together")
    item = {"title": "Welcome", "start_time": None, "end_time": None, "description": "", "speakers": [speaker]}
    page = EventPageFactory(parent=EventIndexPageFactory(parent=home_page), title="Forum")
    page.programme = [("item", item)]
    page.save_revision().publish()
    (event,) = [item for item in _json_ld(client.get(page.url).content.decode()) if item["@type"] == "Event"]
    assert event["image"][0].startswith("http://")
    assert event["performer"] == [
        {"@type": "Person", "name": "Ama Mensah", "affiliation": {"@type": "Organization", "name": "Tenants Together"}}
    ]
    assert event["offers"]["price"] == "0" and event["offers"]["availability"] == "https://schema.org/InStock"
    assert event["isAccessibleForFree"] is True
