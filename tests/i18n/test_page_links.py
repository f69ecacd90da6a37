"""Translation that keeps up: on a Welsh page, a link stored as an English page (rich text,
see-also, page-chooser fields) leads to that page's live Welsh translation, and to the English
page while there is none, even when the translation goes live after the linking page was
translated; all of it in one query per page render (cms/page_links.py)."""

import re

import pytest

from cms.factories import StandardPageFactory
from handbook.factories import HandbookIndexPageFactory, HandbookPageFactory
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db


def _body(*targets):
    body = [("paragraph", f'<p>Read <a linktype="page" id="{page.pk}">{page.title}</a>.</p>') for page in targets]
    return [*body, ("see_also", {"title": "", "pages": list(targets)})]


def _links(html: str) -> list[str]:
    """Every href in the page's main content (rich text and see-also)."""
    main = re.search(r"<main.*?</main>", html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)"', main)


@pytest.fixture
def welsh_meetings(translated_site, silent):
    """A Welsh handbook page translated from an English one that links to About (which has a
    live Welsh translation) and to Join (which has none)."""
    from cms.demo_translations import translate_page

    home = translated_site["en"]["home"]
    join = StandardPageFactory(parent=home, title="Join the network", slug="join")
    handbook = HandbookIndexPageFactory(parent=home, title="Handbook", slug="handbook")
    meetings = HandbookPageFactory(
        parent=handbook, slug="meetings", title="Running meetings", body=_body(translated_site["en"]["about"], join)
    )
    translate_page(handbook, "cy", {}, silent)
    welsh = translate_page(meetings, "cy", {}, silent)
    return {"welsh": welsh, "english": meetings, "join": join}


def test_links_on_a_welsh_page_lead_to_the_welsh_translation(client, welsh_meetings):
    links = _links(client.get("/cy/handbook/meetings/").content.decode())
    assert links.count("/cy/about/") == 2  # rich text and see-also: the live Welsh translation
    assert "/en/about/" not in links
    assert links.count("/en/join/") == 2  # no Welsh Join: the English page, not a 404


def test_see_also_shows_the_translation_title_and_marks_an_english_one(client, welsh_meetings, translated_site):
    html = client.get("/cy/handbook/meetings/").content.decode()
    assert '<a href="/cy/about/">Amdanom ni</a>' in html
    assert '<a href="/en/join/" lang="en" dir="ltr">Join the network</a>' in html


def test_a_translation_published_later_is_linked_without_resyncing(client, welsh_meetings, silent):
    from cms.demo_translations import translate_page

    translate_page(welsh_meetings["join"], "cy", {"Join the network": {"cy": "Ymuno â'r rhwydwaith"}}, silent)
    links = _links(client.get("/cy/handbook/meetings/").content.decode())
    assert links.count("/cy/join/") == 2
    assert "/en/join/" not in links


def test_a_draft_translation_is_not_linked(client, welsh_meetings, silent):
    from cms.demo_translations import translate_page

    welsh_join = translate_page(welsh_meetings["join"], "cy", {}, silent)
    welsh_join.unpublish()
    links = _links(client.get("/cy/handbook/meetings/").content.decode())
    assert links.count("/en/join/") == 2 and "/cy/join/" not in links


def test_the_english_page_keeps_its_english_links(client, welsh_meetings):
    links = _links(client.get("/en/handbook/meetings/").content.decode())
    assert links.count("/en/about/") == 2 and links.count("/en/join/") == 2


def test_a_welsh_page_costs_the_same_with_one_link_or_many(welsh_meetings, same_cost):
    """1 and 40 linked pages, each in a paragraph of its own and in the see-also list."""
    welsh, parent = welsh_meetings["welsh"], welsh_meetings["english"].get_parent()
    targets = []

    def grow(n):
        while len(targets) < n:
            targets.append(StandardPageFactory(parent=parent.get_parent(), slug=f"target-{len(targets)}"))
        welsh.body = _body(*targets)
        welsh.save_revision().publish()

    # +1: the linked pages' Welsh translations, found in one query however many links.
    budget = COLD_BUDGET["handbook page"] + 1
    same_cost("/cy/handbook/meetings/", grow, small=1, large=40, budget=budget)


def test_a_page_chosen_in_a_field_leads_to_its_translation(client, translated_site):
    """The home page's call to action, as wagtail-localize syncs it: the English About's id."""
    welsh_home = translated_site["cy"]["home"]
    welsh_home.call_to_action_page = translated_site["en"]["about"]
    welsh_home.call_to_action_text = "Darllen amdanom"
    welsh_home.save_revision().publish()
    html = client.get("/cy/").content.decode()
    assert '<a class="button" href="/cy/about/">Darllen amdanom</a>' in html
