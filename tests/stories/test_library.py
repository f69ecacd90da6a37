"""The library index: filters alone and combined, sorting, paging, search, tag pages."""

import datetime

import pytest
from django.utils import timezone

from stories.models import Completeness

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2024, 1, 1, 12))


@pytest.fixture
def library(framework, make_story, make_case):
    areas, values = framework["areas"], framework["values"]
    pages = {
        "soup": make_story(
            title="Soup night",
            summary="A shared meal of soup became a tenants' union.",
            tags=["housing", "food"],
            framework_areas=[areas["listening"], areas["organise"]],
            framework_values=[values["participation"]],
            place="Leeds",
            completeness=Completeness.REVIEWED,
            first_published_at=START + datetime.timedelta(days=3),
        ),
        "bench": make_story(
            title="Bench talk",
            summary="Neighbours of all ages met on a park bench.",
            tags=["public space"],
            framework_areas=[areas["connect"]],
            framework_values=[values["learning"]],
            place="Norfolk",
            completeness=Completeness.NEEDS_DETAIL,
            first_published_at=START + datetime.timedelta(days=2),
        ),
        "fridge": make_case(
            title="Fridge network",
            summary="Community fridges kept surplus food moving.",
            tags=["food", "mutual aid"],
            framework_areas=[areas["connect"], areas["organise"]],
            framework_values=[values["accountability"], values["participation"]],
            place="Leeds",
            completeness=Completeness.COMPLETE,
            first_published_at=START + datetime.timedelta(days=1),
        ),
        "minibus": make_case(
            title="Minibus share",
            summary="Seven rural groups booked one minibus.",
            tags=["transport"],
            framework_areas=[areas["reach"]],
            framework_values=[values["accountability"]],
            place="Powys",
            completeness=Completeness.REVIEWED,
            first_published_at=START,
        ),
    }
    draft = make_story(title="Unpublished draft", tags=["food"], place="Leeds", live=False)
    return {**pages, "draft": draft}


def titles(client, url):
    """The result titles on a listing page, in the order shown."""
    html = client.get(url).content.decode()
    found = []
    for chunk in html.split('class="entry-card__title"><a href="')[1:]:
        found.append(chunk.split(">", 1)[1].split("</a>", 1)[0])
    return found


FILTER_CASES = [
    ("", ["Soup night", "Bench talk", "Fridge network", "Minibus share"]),
    ("?kind=story", ["Soup night", "Bench talk"]),
    ("?kind=case-study", ["Fridge network", "Minibus share"]),
    ("?tag=food", ["Soup night", "Fridge network"]),
    ("?area=organise", ["Soup night", "Fridge network"]),
    ("?value=accountability", ["Fridge network", "Minibus share"]),
    ("?place=Leeds", ["Soup night", "Fridge network"]),
    ("?completeness=reviewed", ["Soup night", "Minibus share"]),
    ("?tag=food&kind=case-study", ["Fridge network"]),
    ("?area=organise&value=participation&place=Leeds", ["Soup night", "Fridge network"]),
    ("?area=connect&value=accountability&completeness=complete", ["Fridge network"]),
    ("?tag=food&area=reach", []),
    ("?sort=title", ["Bench talk", "Fridge network", "Minibus share", "Soup night"]),
    ("?tag=food&sort=title", ["Fridge network", "Soup night"]),
]


def test_filters_alone_and_combined(client, library):
    # One library, many queries: building the fixture once keeps the suite fast.
    for query, expected in FILTER_CASES:
        assert titles(client, f"/en/stories/{query}") == expected, query


def test_drafts_never_appear(client, library):
    assert "Unpublished draft" not in client.get("/en/stories/?tag=food").content.decode()


def test_no_results_say_so_kindly(client, library):
    html = client.get("/en/stories/?tag=food&area=reach").content.decode()
    assert "0 stories and case studies" in html
    assert "No stories or case studies match these choices yet" in html


def test_active_filters_are_listed_with_links_that_remove_each(client, library):
    html = client.get("/en/stories/?tag=food&area=organise&sort=title").content.decode()
    active = html.split('class="active-filters"', 1)[1].split("</ul>", 1)[0]
    assert "Tag: food" in active
    assert "Framework area: Organise" in active
    # Removing one keeps the other and the sort order.
    assert 'href="?area=organise&amp;sort=title"><span>Tag: food</span>' in active
    assert 'href="?tag=food&amp;sort=title"><span>Framework area: Organise</span>' in active
    assert 'href="/en/stories/">Clear all filters</a>' in active


def test_removing_the_only_filter_goes_back_to_the_whole_library(client, library):
    """With a sort order that could not be used (an edited address), removing the only filter
    leaves nothing to keep: the link is the bare library."""
    html = client.get("/en/stories/?tag=food&sort=bogus").content.decode()
    active = html.split('class="active-filters"', 1)[1].split("</ul>", 1)[0]
    assert 'href="?"><span>Tag: food</span>' in active


def test_form_keeps_the_readers_choices(client, library):
    html = client.get("/en/stories/?tag=food&place=Leeds&q=meal").content.decode()
    assert '<option value="food" selected>food (2)</option>' in html
    assert '<option value="Leeds" selected>Leeds</option>' in html
    assert 'name="q" id="id_q" value="meal"' in html


def test_unknown_choice_gets_a_clear_message_and_keeps_the_rest(client, library):
    response = client.get("/en/stories/?tag=no-such-tag&place=Leeds&q=soup")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'role="alert"' in html
    assert "Select a valid choice" in html
    assert 'value="soup"' in html
    assert '<option value="Leeds" selected>Leeds</option>' in html


def test_pagination_keeps_filters_in_the_links(client, index, make_story):
    for number in range(14):
        make_story(title=f"Story {number:02}", tags=["many"])
    html = client.get("/en/stories/?tag=many&sort=title").content.decode()
    assert html.count('class="entry-card"') == 12
    assert 'href="?tag=many&amp;sort=title&amp;page=2" rel="next"' in html
    assert titles(client, "/en/stories/?tag=many&sort=title&page=2") == ["Story 12", "Story 13"]


def test_search_finds_words_and_combines_with_filters(client, library):
    assert titles(client, "/en/stories/?q=minibus") == ["Minibus share"]
    assert titles(client, "/en/stories/?q=surplus+food") == ["Fridge network"]
    assert titles(client, "/en/stories/?q=soup&kind=case-study") == []
    assert titles(client, "/en/stories/?q=food&area=connect") == ["Fridge network"]


def test_search_copes_with_punctuation(client, library):
    for query in ["soup!", '"soup', "soup AND (", "-*:^", "soup'; DROP TABLE"]:
        response = client.get("/en/stories/", {"q": query})
        assert response.status_code == 200, query
    assert titles(client, "/en/stories/?q=soup%21%22") == ["Soup night"]


def test_search_can_sort_by_title(client, library):
    assert titles(client, "/en/stories/?q=food&sort=title") == ["Fridge network", "Soup night"]


def test_tag_page_lists_entries_with_that_tag(client, library):
    response = client.get("/en/stories/tags/food/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Tagged “food”</h1>" in html
    assert titles(client, "/en/stories/tags/food/") == ["Soup night", "Fridge network"]
    assert 'href="/en/stories/tags/food/feed/rss/"' in html


def test_tag_page_has_one_breadcrumb_ending_at_the_tag(client, library):
    html = client.get("/en/stories/tags/food/").content.decode()
    assert html.count('class="breadcrumbs"') == 1
    assert 'class="page-header__kicker"' not in html
    assert '<a href="/en/stories/tags/">Tags</a>' in html
    assert '<a href="/en/stories/tags/food/" aria-current="page">' in html
    trail = html.split('class="breadcrumbs"', 1)[1].split("</nav>", 1)[0]
    assert trail.count('aria-current="page"') == 1


def test_unknown_or_unused_tag_pages_are_not_found(client, library):
    assert client.get("/en/stories/tags/nothing-here/").status_code == 404
    library["minibus"].unpublish()
    assert client.get("/en/stories/tags/transport/").status_code == 404


def test_tag_list_counts_published_entries(client, library):
    html = client.get("/en/stories/tags/").content.decode()
    assert '<a href="/en/stories/tags/food/">food</a> <span class="tag-list__count">(2 entries)</span>' in html
    assert '<a href="/en/stories/tags/transport/">transport</a> <span class="tag-list__count">(1 entry)</span>' in html


def test_a_tag_added_when_publishing_is_searchable(client, make_story):
    story = make_story(title="Quiet page", summary="Nothing to see.")
    story.tags.add("allotments")
    story.save_revision().publish()
    assert titles(client, "/en/stories/?q=allotments") == ["Quiet page"]


def test_sort_menu_shows_the_order_in_use(client, library):
    searching = client.get("/en/stories/?q=soup").content.decode()
    assert '<option value="relevance" selected>Best match</option>' in searching
    browsing = client.get("/en/stories/").content.decode()
    assert '<option value="newest" selected>Newest first</option>' in browsing


def test_field_errors_are_tied_to_their_fields(client, library):
    html = client.get("/en/stories/?place=Atlantis").content.decode()
    assert 'aria-describedby="id_place-error"' in html
    assert '<p class="field-error" id="id_place-error">' in html


def test_cards_show_a_new_title_and_tag_on_the_next_visit(client, index, make_story):
    """Cards are kept in the content cache; editing an entry refreshes its card at once."""
    story = make_story(title="Soup run", slug="soup-run")
    assert "Soup run" in client.get("/en/stories/").content.decode()
    story.title = "Night soup run"
    story.tags.add("food")
    story.save_revision().publish()
    html = client.get("/en/stories/").content.decode()
    assert ">Night soup run</a>" in html
    assert 'href="/en/stories/tags/food/">food</a>' in html
