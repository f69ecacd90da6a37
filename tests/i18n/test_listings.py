"""Listings and search in the reader's language, with a clear way to the pages not translated yet."""

import re

import pytest

from cms.demo_translations import translate_page, translate_snippet
from events.factories import EventIndexPageFactory, EventPageFactory
from handbook.factories import GlossaryTermFactory, HandbookIndexPageFactory, HandbookPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db

STRINGS = {
    "Stories": {"cy": "Straeon", "ar": "القصص"},
    "The soup night": {"cy": "Noson y cawl", "ar": "ليلة الحساء"},
    "Events": {"cy": "Digwyddiadau", "ar": "الفعاليات"},
    "Spring forum": {"cy": "Fforwm y gwanwyn", "ar": "منتدى الربيع"},
    "Handbook": {"cy": "Llawlyfr", "ar": "الدليل"},
    "Making decisions": {"cy": "Gwneud penderfyniadau", "ar": "اتخاذ القرارات"},
    "Consensus": {"cy": "Consensws", "ar": "التوافق"},
    "Agreement everyone can live with.": {
        "cy": "Cytundeb y gall pawb fyw ag ef.",
        "ar": "اتفاق يقبل به الجميع.",
    },
}


@pytest.fixture
def library(translated_site, silent):
    """Each listing with one page translated into Welsh and Arabic and one left in English."""
    home = translated_site["en"]["home"]
    stories = StoryIndexPageFactory(parent=home)
    soup = StoryPageFactory(parent=stories, slug="soup", title="The soup night")
    StoryPageFactory(parent=stories, slug="garden", title="The garden rota")
    events = EventIndexPageFactory(parent=home)
    forum = EventPageFactory(parent=events, slug="forum", title="Spring forum")
    EventPageFactory(parent=events, slug="walk", title="Autumn walk")
    handbook = HandbookIndexPageFactory(parent=home)
    decisions = HandbookPageFactory(parent=handbook, slug="decisions", title="Making decisions")
    HandbookPageFactory(parent=handbook, slug="money", title="Handling money")
    consensus = GlossaryTermFactory(term="Consensus", short_definition="Agreement everyone can live with.")
    GlossaryTermFactory(term="Caucus")
    for code in ("cy", "ar"):
        for page in (stories, soup, events, forum, handbook, decisions):
            translate_page(page, code, STRINGS, silent)
        translate_snippet(consensus, code, STRINGS, silent)


def _note(html: str) -> str:
    found = re.search(r'<p class="language-fallback">.*?</p>', html, re.S)
    return found.group(0) if found else ""


@pytest.mark.parametrize(
    ("url", "shown", "hidden", "english_url"),
    [
        ("/cy/stories/", "Noson y cawl", ["The soup night", "The garden rota"], "/en/stories/"),
        ("/ar/stories/", "ليلة الحساء", ["The soup night", "The garden rota"], "/en/stories/"),
        ("/cy/events/", "Fforwm y gwanwyn", ["Spring forum", "Autumn walk"], "/en/events/"),
        ("/cy/handbook/", "Gwneud penderfyniadau", ["Making decisions", "Handling money"], "/en/handbook/"),
        ("/cy/handbook/glossary/", "Consensws", ["Caucus"], "/en/handbook/glossary/"),
        ("/ar/handbook/glossary/", "التوافق", ["Caucus"], "/en/handbook/glossary/"),
    ],
)
def test_listings_show_the_reader_language_and_point_to_the_rest(client, library, url, shown, hidden, english_url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    main = html.split('id="main"', 1)[1]
    assert shown in main
    for title in hidden:
        assert title not in main, title
    note = _note(html)
    assert f'href="{english_url}" hreflang="en"' in note  # the untranslated pages are one link away
    assert '<span lang="en">(English)</span>' in note


def test_listing_note_is_in_the_reader_language(client, library):
    assert "Saesneg" in _note(client.get("/cy/stories/").content.decode())  # "English" in Welsh
    assert "Cymraeg" in _note(client.get("/cy/stories/").content.decode())
    assert "الإنجليزية" in _note(client.get("/ar/events/").content.decode())


@pytest.mark.parametrize("url", ["/en/stories/", "/en/events/", "/en/handbook/glossary/", "/en/search/?q=soup"])
def test_default_language_lists_everything_without_a_note(client, library, url):
    html = client.get(url).content.decode()
    assert _note(html) == ""


def test_english_listings_are_not_mixed_with_translations(client, library):
    html = client.get("/en/stories/").content.decode()
    assert "The soup night" in html and "The garden rota" in html
    assert "Noson y cawl" not in html
    upcoming = client.get("/en/").content.decode()
    assert "Fforwm y gwanwyn" not in upcoming and "منتدى الربيع" not in upcoming


def test_home_page_slots_show_the_reader_language(client, library):
    html = client.get("/cy/").content.decode()
    assert "Fforwm y gwanwyn" in html.split('id="home-events"', 1)[-1] or "Fforwm y gwanwyn" in html
    assert "Spring forum" not in html
    assert "Noson y cawl" in html
    assert "The garden rota" not in html


def test_search_finds_pages_in_the_reader_language(client, library):
    html = client.get("/cy/search/", {"q": "cawl"}).content.decode()
    assert "Noson y cawl" in html
    assert 'href="/cy/stories/soup/"' in html
    english = client.get("/cy/search/", {"q": "garden"}).content.decode()
    assert "The garden rota" not in english  # not translated: not mixed into Welsh results...
    note = _note(english)
    assert 'href="/en/search/?q=garden"' in note  # ...but the same search in English is offered
    assert "The garden rota" in client.get("/en/search/", {"q": "garden"}).content.decode()


def test_search_in_arabic_and_the_glossary_box(client, library):
    html = client.get("/ar/search/", {"q": "الحساء"}).content.decode()
    assert "ليلة الحساء" in html
    glossary = client.get("/cy/search/", {"q": "Consensws"}).content.decode()
    assert "Cytundeb y gall pawb fyw ag ef." in glossary


@pytest.mark.parametrize("path, kind", [("stories/", "story library"), ("events/", "event index")])
def test_translated_listings_cost_what_the_english_ones_do(library, query_budget, path, kind):
    """The translated root's pages, the page's translations and the listed rows' originals
    come with the queries the English listing makes (cms/routing.py, cms/untranslated.py)."""
    english = query_budget(f"/en/{path}", COLD_BUDGET[kind])
    assert query_budget(f"/cy/{path}", COLD_BUDGET[kind]) == english
    assert query_budget(f"/ar/{path}", COLD_BUDGET[kind]) == english


def test_translated_search_within_its_budget(library, query_budget):
    # Not compared with the English search: "cawl" finds a Welsh page and no English one.
    query_budget("/cy/search/?q=cawl", COLD_BUDGET["search, translated"])
