"""No dead ends: a Welsh or Arabic address of a page that exists only in English shows the
English page (200) in the reader's shell, with a notice in the reader's language, the content
marked lang="en" dir="ltr", a canonical link to the original and no hreflang alternates; the
same for routable sub-pages; the navigation keeps every menu item."""

import re

import pytest
from wagtail.models import Page
from wagtail_localize.operations import translate_object

from cms.factories import StandardPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from handbook.factories import GlossaryTermFactory, HandbookIndexPageFactory, HandbookPageFactory

pytestmark = pytest.mark.django_db

NOTICE = {
    "cy": "Nid yw'r dudalen hon ar gael yn Cymraeg eto; dyma hi yn Saesneg.",
    "ar": "هذه الصفحة غير متوفرة بعد باللغة العربيّة؛ إليك نصها باللغة الإنجليزية.",
}


def _html(response) -> str:
    return response.content.decode()


def _canonical(response) -> str:
    return re.search(r'<link rel="canonical" href="([^"]+)">', _html(response)).group(1)


def _original_block(response) -> str:
    return re.search(r'<div class="language-original" lang="en" dir="ltr">(.*?)</main>', _html(response), re.S).group(1)


@pytest.fixture
def english_only(translated_site):
    home = translated_site["en"]["home"]
    join = StandardPageFactory(parent=home, title="Join the network", slug="join", show_in_menus=True)
    handbook = HandbookIndexPageFactory(parent=home, title="Handbook", slug="handbook")
    meetings = HandbookPageFactory(parent=handbook, slug="meetings", title="Running meetings")
    term = GlossaryTermFactory(term="Consensus", slug="consensus")
    return {"join": join, "handbook": handbook, "meetings": meetings, "term": term}


@pytest.mark.parametrize(("code", "direction"), [("cy", "ltr"), ("ar", "rtl")])
def test_an_english_only_page_is_shown_at_the_reader_address(client, english_only, code, direction):
    response = client.get(f"/{code}/join/")
    assert response.status_code == 200
    html = _html(response)
    assert re.search(r"<html[^>]*>", html).group(0) == f'<html lang="{code}" dir="{direction}">'
    assert NOTICE[code] in html
    assert "Join the network" in _original_block(response)  # the page's own title, marked English
    assert _canonical(response) == "http://localhost/en/join/"
    assert 'hreflang="' not in re.search(r"<head>.*?</head>", html, re.S).group(0)  # not a translation
    assert '<a href="/en/join/" lang="en" hreflang="en">English</a>' in html  # the notice links the original


def test_the_shell_stays_in_the_reader_language(client, english_only):
    html = _html(client.get("/cy/join/"))
    assert "Chwilio" in html  # the header's search button, in Welsh
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert '<a href="/cy/">Hafan</a>' in nav
    assert '<a href="/cy/join/" lang="en" dir="ltr" aria-current="page">Join the network</a>' in nav


@pytest.mark.parametrize("code", ["cy", "ar"])
def test_navigation_keeps_every_menu_item(client, english_only, translated_site, code):
    nav = re.search(r'<nav class="main-nav".*?</nav>', _html(client.get(f"/{code}/")), re.S).group(0)
    about = translated_site[code]["about"].title
    assert f'<a href="/{code}/about/">{about}</a>' in nav
    assert f'<a href="/{code}/join/" lang="en" dir="ltr">Join the network</a>' in nav
    assert nav.index(about) < nav.index("Join the network")  # the original's order


def test_a_page_below_an_untranslated_section_and_a_glossary_term(client, english_only):
    page = client.get("/ar/handbook/meetings/")
    assert page.status_code == 200
    assert "Running meetings" in _original_block(page)
    assert _canonical(page) == "http://localhost/en/handbook/meetings/"
    term = client.get("/ar/handbook/glossary/consensus/")
    assert term.status_code == 200
    assert "Consensus" in _original_block(term)
    assert _canonical(term) == "http://localhost/en/handbook/glossary/consensus/"


def test_a_glossary_term_not_translated_under_a_translated_handbook(client, english_only, locales, admin_user):
    translate_object(english_only["handbook"], [locales["cy"]], user=admin_user)
    welsh = Page.objects.get(translation_key=english_only["handbook"].translation_key, locale=locales["cy"])
    welsh.get_latest_revision().publish(user=admin_user)
    assert client.get("/cy/handbook/").status_code == 200
    assert 'class="language-original"' not in _html(client.get("/cy/handbook/"))  # translated: no notice
    term = client.get("/cy/handbook/glossary/consensus/")
    assert term.status_code == 200
    assert NOTICE["cy"] in _html(term)
    assert _canonical(term) == "http://localhost/en/handbook/glossary/consensus/"


def test_an_event_date_of_an_english_only_event(client, translated_site):
    index = EventIndexPageFactory(parent=translated_site["en"]["home"], slug="events")
    event = EventPageFactory(parent=index, slug="forum", title="Spring forum")
    english = client.get(event.get_url())
    assert english.status_code == 200
    response = client.get("/cy" + event.get_url()[3:])
    assert response.status_code == 200
    assert "Spring forum" in _original_block(response)


def test_a_translated_page_asked_for_by_its_original_slugs_redirects(client, english_only, locales, admin_user):
    translate_object(english_only["join"], [locales["cy"]], user=admin_user)
    welsh = Page.objects.get(translation_key=english_only["join"].translation_key, locale=locales["cy"]).specific
    welsh.slug = "ymuno"
    welsh.save_revision().publish()
    response = client.get("/cy/join/")
    assert response.status_code == 302
    assert response["Location"] == "/cy/ymuno/"
    assert client.get("/cy/ymuno/").status_code == 200


@pytest.mark.parametrize("path", ["/cy/no-such-page/", "/ar/handbook/no-such-section/", "/cy/handbook/glossary/none/"])
def test_what_exists_in_no_language_is_still_a_404(client, english_only, path):
    assert client.get(path).status_code == 404


def test_english_addresses_are_unchanged(client, english_only):
    response = client.get("/en/join/")
    assert response.status_code == 200
    assert "language-original" not in _html(response)
    assert "language-notice" not in _html(response)
