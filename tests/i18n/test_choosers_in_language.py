"""The admin in one language at a time: choosers opened from a Welsh page's editor list Welsh
items only. Wagtail's chooser modals send the editor's language as ``?locale=`` (the page
editor's ``ACTIVE_CONTENT_LOCALE``); these tests open the real chooser views as the modal does."""

import json
import re

import pytest
from django.urls import reverse

from cms.demo_translations import translate_snippet
from cms.factories import StandardPageFactory
from events.factories import PersonFactory, VenueFactory
from handbook.factories import GlossaryTermFactory

pytestmark = pytest.mark.django_db

STRINGS = {
    "Consensus": {"cy": "Consensws", "ar": "الإجماع"},
    "Canal Street Hall": {"cy": "Neuadd Stryd y Gamlas", "ar": "قاعة شارع القناة"},
}


def _modal(response) -> str:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json"), response.content[:400]
    return json.loads(response.content)["html"]


def _choices(html: str) -> list[str]:
    found = re.findall(r"data-chooser-modal-choice[^>]*>(.*?)</a>", html, re.S)
    return [re.sub(r"\s+", " ", text).strip() for text in found]


def test_a_welsh_page_editor_gives_its_choosers_welsh(admin_client, translated_site):
    # A page written in Welsh (a synced translation opens wagtail-localize's own editor instead).
    welsh = StandardPageFactory(parent=translated_site["cy"]["home"], title="Tudalen newydd", slug="newydd")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[welsh.pk])).content.decode()
    config = json.loads(re.search(r'<script id="wagtail-config" type="application/json">(.*?)</script>', html).group(1))
    assert config["ACTIVE_CONTENT_LOCALE"] == "cy"


@pytest.mark.parametrize(
    ("chooser", "make", "english"),
    [
        (
            "wagtailsnippetchoosers_handbook_glossaryterm:choose",
            lambda: GlossaryTermFactory(term="Consensus", slug="consensus"),
            "Consensus",
        ),
        (
            "wagtailsnippetchoosers_events_venue:choose",
            lambda: VenueFactory(name="Canal Street Hall"),
            "Canal Street Hall",
        ),
    ],
)
def test_snippet_choosers_list_the_pages_language_only(admin_client, translated_site, silent, chooser, make, english):
    item = make()
    labels = {"en": str(item)}
    for code in ("cy", "ar"):
        labels[code] = str(translate_snippet(item, code, STRINGS, silent))
        assert STRINGS[english][code] in labels[code]
    url = reverse(chooser)
    assert sorted(_choices(_modal(admin_client.get(url)))) == sorted(labels.values())  # without: every language
    assert _choices(_modal(admin_client.get(url, {"locale": "cy"}))) == [labels["cy"]]
    assert _choices(_modal(admin_client.get(url, {"locale": "ar"}))) == [labels["ar"]]


def test_the_person_chooser_lists_welsh_people(admin_client, translated_site, silent):
    person = PersonFactory(name="Ama Mensah")
    translate_snippet(person, "cy", {}, silent)
    url = reverse("wagtailsnippetchoosers_events_person:choose")
    assert len(_choices(_modal(admin_client.get(url)))) == 2
    assert _choices(_modal(admin_client.get(url, {"locale": "cy"}))) == ["Ama Mensah"]


def test_page_chooser_browse_and_search_keep_to_the_pages_language(admin_client, translated_site):
    browse = _modal(admin_client.get(reverse("wagtailadmin_choose_page"), {"locale": "cy"}))
    assert "Cartref prawf" in browse and "الصفحة التجريبية" not in browse
    # A name is the same in every language: one page of that title in each tree.
    pages = {
        code: StandardPageFactory(parent=translated_site[code]["home"], title="Ama Mensah", slug="ama-mensah")
        for code in ("en", "cy", "ar")
    }
    search = reverse("wagtailadmin_choose_page_search")

    def found(**params) -> set[int]:
        response = admin_client.get(search, {"q": "Mensah", **params})  # results HTML, not modal JSON
        assert response.status_code == 200
        return {int(pk) for pk in re.findall(r'class="choose-page"[^>]*data-id="(\d+)"', response.content.decode())}

    assert found() == {page.pk for page in pages.values()}  # no language given: every language
    assert found(locale="cy") == {pages["cy"].pk}
    assert found(locale="ar") == {pages["ar"].pk}
