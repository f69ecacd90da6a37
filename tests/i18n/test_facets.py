"""Framework areas and values in the reader's language, in filters and on pages; filters work in
every language (a translated page keeps its original's links); tags stay free text."""

import re

import pytest

from cms.demo_translations import translate_page, translate_snippet
from events.factories import EventIndexPageFactory, EventPageFactory
from handbook.factories import FrameworkAreaFactory, FrameworkPageFactory, FrameworkValueFactory
from handbook.models import FrameworkArea
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db

STRINGS = {
    "Listening": {"cy": "Gwrando", "ar": "الإصغاء"},
    "Organise": {"cy": "Trefnu", "ar": "التنظيم"},
    "Participation": {"cy": "Cyfranogiad", "ar": "المشاركة"},
    "Stories": {"cy": "Straeon", "ar": "القصص"},
    "The soup night": {"cy": "Noson y cawl", "ar": "ليلة الحساء"},
    "The rota": {"cy": "Y rota", "ar": "جدول المناوبة"},
    "Events": {"cy": "Digwyddiadau", "ar": "الفعاليات"},
    "Listening circle": {"cy": "Cylch gwrando", "ar": "حلقة إصغاء"},
    "Framework": {"cy": "Fframwaith", "ar": "الإطار"},
}


@pytest.fixture
def framework(translated_site, silent):
    """Two areas and a value, translated; stories and an event linked to them, translated."""
    home = translated_site["en"]["home"]
    listening = FrameworkAreaFactory(name="Listening", slug="listening", sort_order=1)
    organise = FrameworkAreaFactory(name="Organise", slug="organise", sort_order=2)
    participation = FrameworkValueFactory(name="Participation", slug="participation")
    stories = StoryIndexPageFactory(parent=home)
    soup = StoryPageFactory(
        parent=stories,
        slug="soup",
        title="The soup night",
        tags=["food"],
        framework_areas=[listening],
        framework_values=[participation],
    )
    rota = StoryPageFactory(parent=stories, slug="rota", title="The rota", tags=["money"], framework_areas=[organise])
    events = EventIndexPageFactory(parent=home)
    circle = EventPageFactory(parent=events, slug="circle", title="Listening circle")
    circle.framework_areas.set([listening])
    circle.save_revision().publish()
    framework_page = FrameworkPageFactory(parent=home)
    for code in ("cy", "ar"):
        for facet in (listening, organise, participation):
            translate_snippet(facet, code, STRINGS, silent)
        for page in (stories, soup, rota, events, circle, framework_page):
            translate_page(page, code, STRINGS, silent)
    return {"listening": listening}


def _options(html: str, name: str) -> dict:
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
    return {value: label for value, label in options if value}


def _results(html: str) -> list[str]:
    section = html.split('id="results-heading"', 1)[1]
    return [title for title in ("Noson y cawl", "Y rota", "ليلة الحساء", "جدول المناوبة") if title in section]


@pytest.mark.parametrize(
    ("code", "areas", "values"),
    [
        ("cy", {"listening": "Gwrando", "organise": "Trefnu"}, {"participation": "Cyfranogiad"}),
        ("ar", {"listening": "الإصغاء", "organise": "التنظيم"}, {"participation": "المشاركة"}),
    ],
)
def test_story_filters_offer_areas_and_values_in_the_reader_language(client, framework, code, areas, values):
    html = client.get(f"/{code}/stories/").content.decode()
    assert _options(html, "area") == areas
    assert _options(html, "value") == values


def test_english_filters_stay_english(client, framework):
    html = client.get("/en/stories/").content.decode()
    assert _options(html, "area") == {"listening": "Listening", "organise": "Organise"}


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/cy/stories/?area=listening", ["Noson y cawl"]),
        ("/cy/stories/?area=organise", ["Y rota"]),
        ("/ar/stories/?value=participation", ["ليلة الحساء"]),
        ("/cy/stories/?tag=money", ["Y rota"]),  # tags are free text, the same in every language
        ("/ar/stories/?tag=food", ["ليلة الحساء"]),
    ],
)
def test_filters_work_in_every_language(client, framework, url, expected):
    response = client.get(url)
    assert response.status_code == 200
    assert _results(response.content.decode()) == expected


def test_filter_still_works_when_an_editor_translates_the_slug(client, framework, locales):
    welsh = framework["listening"].get_translation(locales["cy"])
    welsh.slug = "gwrando"
    welsh.save()
    html = client.get("/cy/stories/").content.decode()
    assert _options(html, "area")["gwrando"] == "Gwrando"
    assert _results(client.get("/cy/stories/?area=gwrando").content.decode()) == ["Noson y cawl"]
    # English readers are unaffected.
    assert "The soup night" in client.get("/en/stories/?area=listening").content.decode()


def test_translated_story_shows_its_areas_and_values_in_its_language(client, framework):
    html = client.get("/cy/stories/soup/").content.decode()
    block = html.split("Where this sits in the framework", 1)[-1] if "Where this sits" in html else html
    assert '<a href="/cy/stories/?area=listening">Gwrando</a>' in html
    assert "Cyfranogiad" in html
    assert ">Listening<" not in block and ">Participation<" not in block
    arabic = client.get("/ar/stories/soup/").content.decode()
    assert '<a href="/ar/stories/?area=listening">الإصغاء</a>' in arabic


def test_an_untranslated_area_falls_back_to_its_original_name(client, framework, silent):
    FrameworkArea.objects.filter(locale__language_code="cy", slug="organise").delete()
    html = client.get("/cy/stories/rota/").content.decode()
    assert '<a href="/cy/stories/?area=organise">Organise</a>' in html


def test_events_filter_and_page_use_the_reader_language(client, framework):
    listing = client.get("/cy/events/").content.decode()
    assert 'value="listening"' in listing and ">Gwrando</option>" in listing
    assert "Cylch gwrando" in client.get("/cy/events/?area=listening").content.decode()
    assert "Cylch gwrando" not in client.get("/cy/events/?area=organise").content.decode()
    page = client.get("/cy/events/circle/").content.decode()
    assert '<a href="/cy/events/?area=listening">Gwrando</a>' in page
    feed = client.get("/cy/events/feed/area/listening.ics")
    assert feed.status_code == 200 and "Cylch gwrando" in feed.content.decode()


def test_framework_facet_page_lists_pages_of_its_language(client, framework):
    html = client.get("/cy/framework/listening/").content.decode()
    assert "Gwrando" in html
    assert "Noson y cawl" in html and "Cylch gwrando" in html
    assert "The soup night" not in html
    english = client.get("/en/framework/listening/").content.decode()
    assert "The soup night" in english and "Noson y cawl" not in english


def test_translated_facets_cost_no_extra_query(framework, query_budget):
    library, story = COLD_BUDGET["story library"], COLD_BUDGET["story"]
    english = query_budget("/en/stories/?area=listening", library)
    assert query_budget("/cy/stories/?area=listening", library) == english
    english_story = query_budget("/en/stories/soup/", story)
    assert query_budget("/cy/stories/soup/", story) == english_story
