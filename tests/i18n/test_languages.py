"""Languages: <html lang dir>, hreflang alternates, the switcher, fallbacks, translated strings."""

import re

import pytest
from wagtail.models import Page
from wagtail_localize.operations import translate_object

from events.factories import EventIndexPageFactory, EventPageFactory
from handbook.factories import HandbookIndexPageFactory, HandbookPageFactory
from stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db


def _html_tag(response) -> str:
    return re.search(r"<html[^>]*>", response.content.decode()).group(0)


def _hreflangs(response) -> dict:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', response.content.decode()))


def _switcher(response) -> dict:
    """Language code -> link in the header's switcher ({} when there is none)."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', response.content.decode(), re.S)
    if nav is None:
        return {}
    return {code: href for href, code in re.findall(r'<a href="([^"]+)" lang="([^"]+)"', nav.group(0))}


@pytest.mark.parametrize(
    ("url", "lang", "direction"),
    [("/en/", "en", "ltr"), ("/cy/", "cy", "ltr"), ("/ar/", "ar", "rtl"), ("/ar/about/", "ar", "rtl")],
)
def test_html_lang_and_dir_follow_the_page_language(client, translated_site, url, lang, direction):
    response = client.get(url)
    assert response.status_code == 200
    assert _html_tag(response) == f'<html lang="{lang}" dir="{direction}">'


def test_translated_pages_show_their_translated_content(client, translated_site):
    assert "Amdanom ni" in client.get("/cy/about/").content.decode()
    assert "صفحة تجريبية عن الشبكة." in client.get("/ar/about/").content.decode()


@pytest.mark.parametrize(("code", "title"), [("cy", "Amdanom ni"), ("ar", "من نحن")])
def test_main_navigation_lists_the_pages_of_the_reader_language(client, translated_site, code, title):
    html = client.get(f"/{code}/").content.decode()
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    assert f'<a href="/{code}/about/">{title}</a>' in nav


@pytest.mark.parametrize("path", ["", "about/"])
def test_switcher_offers_every_translation_and_marks_the_current_one(client, translated_site, path):
    response = client.get(f"/cy/{path}")
    assert _switcher(response) == {"en": f"/en/{path}", "cy": f"/cy/{path}", "ar": f"/ar/{path}"}
    html = response.content.decode()
    assert f'<a href="/cy/{path}" lang="cy" hreflang="cy" aria-current="true">Cymraeg</a>' in html
    assert "العربيّة" in html  # each language named in itself


def test_hreflang_alternates_include_x_default(client, translated_site):
    assert _hreflangs(client.get("/ar/about/")) == {
        "en": "http://localhost/en/about/",
        "cy": "http://localhost/cy/about/",
        "ar": "http://localhost/ar/about/",
        "x-default": "http://localhost/en/about/",
    }


def test_a_page_without_translations_offers_no_other_language(client, translated_site):
    handbook = HandbookIndexPageFactory(parent=translated_site["en"]["home"])
    HandbookPageFactory(parent=handbook, slug="meetings", title="Meetings")
    response = client.get("/en/handbook/meetings/")
    assert response.status_code == 200
    assert _switcher(response) == {}
    assert _hreflangs(response) == {}
    assert _html_tag(response) == '<html lang="en" dir="ltr">'
    welsh = client.get("/cy/handbook/meetings/")  # the original, marked (test_language_fallback.py)
    assert welsh.status_code == 200
    assert _switcher(welsh) == {}
    assert _hreflangs(welsh) == {}


def test_a_language_without_a_translation_is_not_offered(client, translated_site, locales):
    about = translated_site["en"]["about"]
    extra = about.get_translation(locales["ar"])
    extra.unpublish()
    response = client.get("/en/about/")
    assert set(_switcher(response)) == {"en", "cy"}
    assert "ar" not in _hreflangs(response)


def test_non_page_views_switch_by_swapping_the_prefix(client, translated_site):
    response = client.get("/cy/search/?q=circle")
    assert response.status_code == 200
    assert _html_tag(response) == '<html lang="cy" dir="ltr">'
    assert _switcher(response) == {
        "en": "/en/search/?q=circle",
        "cy": "/cy/search/?q=circle",
        "ar": "/ar/search/?q=circle",
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/cy/", ["r prif gynnwys", "Digwyddiadau i ddod", "Straeon diweddaraf", "Chwilio"]),
        ("/ar/", ["انتقل إلى المحتوى الرئيسي", "الفعاليات القادمة", "أحدث القصص", "بحث"]),
        ("/cy/about/", ["Briwsion bara", "Hafan"]),
        ("/ar/search/?q=zzzz", ["لا نتائج مطابقة"]),
    ],
)
def test_site_shell_strings_are_translated(client, translated_site, url, expected):
    html = client.get(url).content.decode()
    for text in expected:
        assert text in html, text


def test_not_found_page_is_in_the_reader_language(client, translated_site):
    response = client.get("/cy/no-such-page/")
    assert response.status_code == 404
    assert "r dudalen" in response.content.decode()  # "Heb ddod o hyd i'r dudalen"
    assert _html_tag(response) == '<html lang="cy" dir="ltr">'


def test_translation_is_a_draft_until_an_editor_publishes_it(client, translated_site, locales, admin_user):
    """The admin's "Translate" action (translate_object) makes a draft: nothing goes live unapproved."""
    home = translated_site["en"]["home"]
    from cms.factories import StandardPageFactory

    page = StandardPageFactory(parent=home, title="Join us", slug="join")
    translate_object(page, [locales["cy"]], user=admin_user)
    welsh = Page.objects.get(translation_key=page.translation_key, locale=locales["cy"])
    assert not welsh.live
    assert 'class="language-original" lang="en"' in client.get("/cy/join/").content.decode()  # not the draft
    assert set(_switcher(client.get("/en/join/"))) == set()  # nothing else to offer yet

    welsh.get_latest_revision().publish(user=admin_user)
    assert client.get("/cy/join/").status_code == 200
    assert "language-original" not in client.get("/cy/join/").content.decode()
    assert set(_switcher(client.get("/en/join/"))) == {"en", "cy"}


def _translate_and_publish(page, locale, user):
    translate_object(page, [locale], user=user)
    translation = Page.objects.get(translation_key=page.translation_key, locale=locale)
    translation.get_latest_revision().publish(user=user)
    return translation


@pytest.mark.parametrize("kind", ["handbook", "event", "story"])
def test_switcher_on_other_page_types(client, translated_site, locales, admin_user, kind):
    home = translated_site["en"]["home"]
    if kind == "handbook":
        index = HandbookIndexPageFactory(parent=home)
        page = HandbookPageFactory(parent=index, slug="decisions", title="Making decisions")
    elif kind == "event":
        index = EventIndexPageFactory(parent=home)
        page = EventPageFactory(parent=index, slug="forum", title="Spring forum")
    else:
        index = StoryIndexPageFactory(parent=home)
        page = StoryPageFactory(parent=index, slug="soup", title="The soup night")
    _translate_and_publish(index, locales["ar"], admin_user)
    translation = _translate_and_publish(page, locales["ar"], admin_user)
    english_url = page.get_url()
    arabic_url = translation.get_url()
    assert arabic_url.startswith("/ar/")

    response = client.get(arabic_url)
    assert response.status_code == 200
    assert _html_tag(response) == '<html lang="ar" dir="rtl">'
    assert _switcher(response) == {"en": english_url, "ar": arabic_url}
    assert _hreflangs(client.get(english_url))["ar"] == f"http://localhost{arabic_url}"


def test_other_languages_cost_what_english_does(translated_site, query_budget):
    """A Welsh or Arabic page costs what the English one does: the switcher's translations
    come with the page itself (cms/routing.py ``load_specific``), measured cold."""
    budget = COLD_BUDGET["standard page"]
    english = query_budget("/en/about/", budget)
    assert query_budget("/cy/about/", budget) == english
    assert query_budget("/ar/about/", budget) == english


def test_og_locale_and_its_alternates_follow_the_translations(client, translated_site):
    html = client.get("/cy/about/").content.decode()
    assert '<meta property="og:locale" content="cy_GB">' in html
    alternates = re.findall(r'<meta property="og:locale:alternate" content="([^"]+)">', html)
    assert alternates == ["en_GB", "ar_AR"]
