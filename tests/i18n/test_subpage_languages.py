"""Routable sub-pages (glossary terms, story tags, gap forms) offer a language only where that
exact sub-page exists in it, under its own address there; every offered link answers 200."""

import pytest
from wagtail.models import Page
from wagtail_localize.operations import translate_object

from handbook.factories import GlossaryTermFactory, HandbookIndexPageFactory, HandbookPageFactory
from handbook.models import HandbookGap
from stories.factories import StoryIndexPageFactory, StoryPageFactory

from ..handbook.conftest import gap
from .test_languages import _hreflangs, _switcher

pytestmark = pytest.mark.django_db


def _translate_and_publish(page, locale, user):
    translate_object(page, [locale], user=user)
    translation = Page.objects.get(translation_key=page.translation_key, locale=locale)
    translation.get_latest_revision().publish(user=user)
    return translation.specific


def _offered(client, url) -> dict:
    response = client.get(url)
    assert response.status_code == 200
    switcher = _switcher(response)
    hreflangs = {code: href for code, href in _hreflangs(response).items() if code != "x-default"}
    assert {code: f"http://localhost{href}" for code, href in switcher.items()} == hreflangs
    for href in switcher.values():
        assert client.get(href).status_code == 200, href
    return switcher


def test_glossary_term_is_offered_under_its_translated_slug_and_only_where_translated(
    client, translated_site, locales, admin_user
):
    index = HandbookIndexPageFactory(parent=translated_site["en"]["home"])
    for code in ("cy", "ar"):
        _translate_and_publish(index, locales[code], admin_user)
    term = GlossaryTermFactory(term="Network", slug="network")
    welsh = term.copy_for_translation(locales["cy"])
    welsh.term, welsh.slug = "Rhwydwaith", "rhwydwaith"
    welsh.save()
    GlossaryTermFactory(term="Only English", slug="only-english")

    assert _offered(client, "/en/handbook/glossary/network/") == {
        "en": "/en/handbook/glossary/network/",
        "cy": "/cy/handbook/glossary/rhwydwaith/",
    }
    assert _offered(client, "/cy/handbook/glossary/rhwydwaith/") == {
        "en": "/en/handbook/glossary/network/",
        "cy": "/cy/handbook/glossary/rhwydwaith/",
    }
    assert _offered(client, "/en/handbook/glossary/only-english/") == {}
    # Routes without arguments exist in every translation.
    assert set(_offered(client, "/en/handbook/glossary/")) == {"en", "cy", "ar"}


def test_story_tag_is_offered_only_where_that_library_has_stories_with_the_tag(
    client, translated_site, locales, admin_user
):
    library = StoryIndexPageFactory(parent=translated_site["en"]["home"])
    welsh_library = _translate_and_publish(library, locales["cy"], admin_user)
    _translate_and_publish(library, locales["ar"], admin_user)
    story = StoryPageFactory(parent=library, slug="soup", title="Soup night")
    story.tags.add("food", "housing")
    story.save_revision().publish()
    welsh_story = StoryPageFactory(parent=welsh_library, slug="cawl", title="Noson gawl")
    welsh_story.tags.add("food")
    welsh_story.save_revision().publish()

    food = {"en": "/en/stories/tags/food/", "cy": "/cy/stories/tags/food/"}
    assert _offered(client, "/en/stories/tags/food/") == food
    assert _offered(client, "/en/stories/tags/housing/") == {}


def test_gap_form_is_offered_only_where_that_gap_is_open(client, translated_site, locales, admin_user):
    index = HandbookIndexPageFactory(parent=translated_site["en"]["home"])
    _translate_and_publish(index, locales["cy"], admin_user)
    page = HandbookPageFactory(parent=index, slug="meetings", title="Meetings", body=[gap("Chairing")])
    page.save_revision().publish()
    key = HandbookGap.objects.get(page=page).key

    assert _offered(client, f"/en/handbook/contribute/{key}/") == {}
    _translate_and_publish(page, locales["cy"], admin_user)
    assert HandbookGap.objects.filter(key=key).count() == 2
    assert _offered(client, f"/en/handbook/contribute/{key}/") == {
        "en": f"/en/handbook/contribute/{key}/",
        "cy": f"/cy/handbook/contribute/{key}/",
    }


def test_a_term_not_yet_translated_links_to_its_own_glossary_and_says_its_language(
    client, translated_site, locales, admin_user
):
    index = HandbookIndexPageFactory(parent=translated_site["en"]["home"])
    _translate_and_publish(index, locales["cy"], admin_user)
    term = GlossaryTermFactory(term="Asset mapping", slug="asset-mapping")
    welsh_index = Page.objects.get(translation_key=index.translation_key, locale=locales["cy"])
    HandbookPageFactory(
        parent=welsh_index, locale=locales["cy"], title="Dechrau", slug="dechrau", body=[("term", {"term": term})]
    )
    html = client.get("/cy/handbook/dechrau/").content.decode()
    assert '<dfn lang="en" dir="ltr">Asset mapping</dfn>' in html
    assert 'href="/en/handbook/glossary/asset-mapping/"' in html
    assert "/cy/handbook/glossary/asset-mapping/" not in html
    assert client.get("/en/handbook/glossary/asset-mapping/").status_code == 200
