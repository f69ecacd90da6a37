"""Site search that finds: the framework's areas, values and practices and glossary terms (with
their other names) first, every result with its kind, a marked excerpt and a date where it has
one, no "nothing matched" beside a hit, and suggestions when nothing matches at all."""

import re

import pytest

from cms.search import highlight
from events.factories import EventIndexPageFactory, EventPageFactory
from handbook.factories import (
    FrameworkAreaFactory,
    FrameworkPageFactory,
    FrameworkValueFactory,
    GlossaryTermFactory,
    HandbookIndexPageFactory,
)
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def framework(home_page):
    FrameworkPageFactory(parent=home_page)
    HandbookIndexPageFactory(parent=home_page)
    FrameworkAreaFactory(
        name="Leadership",
        slug="leadership",
        summary="Sharing the work of leading so that it does not rest on a few people.",
    )
    FrameworkAreaFactory(
        name="Reach",
        slug="reach",
        summary="Finding the people who are not in the room yet.",
        practices=[("practice", {"text": "Go where people already are", "detail": "Markets and school gates."})],
    )
    FrameworkAreaFactory(
        name="Strategy",
        slug="strategy",
        summary="Choosing where to put limited time.",
        practices=[("practice", {"text": "Make a map of what the neighbourhood has", "detail": ""})],
    )
    FrameworkValueFactory(name="Learning", slug="learning", summary="Getting better at reach and at everything else.")
    GlossaryTermFactory(
        term="CAN",
        slug="can",
        short_definition="A local network of people who organise together.",
        alternative_names="Citizen Action Network\nCommunity Action Network",
    )


def results(client, query: str) -> list[dict]:
    """Each result as a reader sees it: kind (and date), title, address, excerpt, in order."""
    html = client.get("/en/search/", {"q": query}).content.decode()
    found = []
    for item in re.findall(r'<li class="search-result">(.*?)</li>', html, re.S):
        link = re.search(r'<h3 class="result-list__title"><a href="([^"]+)">(.*?)</a></h3>', item, re.S)
        excerpt = re.search(r'<p class="search-result__excerpt">(.*?)</p>', item, re.S)
        found.append(
            {
                "kind": re.sub(r"<[^>]+>", "", re.search(r'search-result__kind">(.*?)</p>', item, re.S).group(1)),
                "url": link.group(1),
                "title": re.sub(r"<[^>]+>", "", link.group(2)),
                "excerpt": excerpt.group(1) if excerpt else "",
                "also_called": "Also called" in item and item.split("Also called: ", 1)[1].split("<", 1)[0],
            }
        )
    return found


@pytest.mark.parametrize(
    ("query", "kind", "title", "url"),
    [
        ("leadership", "Framework area", "Leadership", "/en/framework/leadership/"),
        ("Reach", "Framework area", "Reach", "/en/framework/reach/"),
        ("learning", "Framework value", "Learning", "/en/framework/learning/"),
    ],
)
def test_framework_words_find_their_area_or_value_first(client, framework, query, kind, title, url):
    first = results(client, query)[0]
    assert (first["kind"], first["title"], first["url"]) == (kind, title, url)
    assert first["excerpt"], "the area's summary is shown under it"


def test_an_exact_name_is_not_buried_under_passing_mentions(client, framework):
    found = results(client, "reach")
    assert [r["title"] for r in found] == ["Reach"], "the value that merely mentions 'reach' is left out"


def test_practices_are_found_with_the_words_marked(client, framework):
    (practice,) = results(client, "map neighbourhood")
    assert practice["kind"] == "Practice in Strategy"
    assert practice["url"] == "/en/framework/strategy/"
    html = client.get("/en/search/", {"q": "map neighbourhood"}).content.decode()
    assert "Make a <mark>map</mark> of what the <mark>neighbourhood</mark> has" in html


def test_glossary_terms_are_found_by_their_other_names(client, framework):
    (term,) = results(client, "Citizen Action Network")
    assert (term["kind"], term["title"], term["url"]) == ("Glossary term", "CAN", "/en/handbook/glossary/can/")
    assert term["also_called"] == "Citizen Action Network, Community Action Network"


def test_a_hit_outside_the_pages_never_says_nothing_matched(client, framework):
    html = client.get("/en/search/", {"q": "CAN"}).content.decode()
    assert "Glossary term" in html
    assert "Nothing matched" not in html
    assert "0 results" not in html
    assert "No page mentions “CAN”, but 1 entry above does." in html


def test_page_results_show_their_kind_a_marked_excerpt_and_a_date(client, home_page):
    events = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=events, title="Spring forum", summary="An evening about tenants and repairs.")
    stories = StoryIndexPageFactory(parent=home_page)
    StoryPageFactory(parent=stories, title="Soup night", summary="How a shared meal started a tenants' union.")
    by_title = {r["title"]: r for r in results(client, "tenants")}
    assert by_title["Spring forum"]["kind"] == f"Event · {event.starts_at:%-d %B %Y}"
    assert "<mark>tenants</mark>" in by_title["Spring forum"]["excerpt"]
    assert by_title["Soup night"]["kind"].startswith("Story · ")
    assert "<mark>tenants</mark>" in by_title["Soup night"]["excerpt"]


def test_nothing_found_suggests_close_names(client, framework):
    html = client.get("/en/search/", {"q": "leedership"}).content.decode()
    assert "Nothing matched" in html
    suggestions = html.split('id="search-suggestions-title"', 1)[1].split("</ul>", 1)[0]
    assert '<a href="/en/search/?q=Leadership">Leadership</a>' in suggestions


def test_marking_never_lets_markup_through():
    html = highlight('<script>reach</script> & "reach"', ["reach"])
    assert html == "&lt;script&gt;<mark>reach</mark>&lt;/script&gt; &amp; &quot;<mark>reach</mark>&quot;"
    # A word typed that is part of an entity's name does not break the escaping.
    assert highlight("Fish & chips", ["amp"]) == "Fish &amp; chips"


def test_long_text_is_cut_around_the_first_word_found():
    text = "Filler words here. " * 30 + "The part about reach is here." + " More filler." * 30
    html = highlight(text, ["reach"], length=80)
    assert html.startswith("… ") and html.endswith(" …")
    assert "<mark>reach</mark>" in html
    assert len(re.sub("<[^>]+>", "", html)) <= 90
