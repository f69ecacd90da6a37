"""The admin in one language at a time: the checkbox lists of translatable objects on a page's
edit form list each framework area and value once, named in the page's language (the originals
the translation links to, cms/admin_forms.py); translatable snippet listings have a language
column."""

import re

import pytest
from django.conf import settings
from django.urls import reverse

from cms.demo_translations import translate_page, translate_snippet
from handbook.factories import (
    FrameworkAreaFactory,
    FrameworkValueFactory,
    GlossaryTermFactory,
    HandbookIndexPageFactory,
    HandbookPageFactory,
)

pytestmark = pytest.mark.django_db

STRINGS = {
    "Handbook": {"cy": "Llawlyfr", "ar": "الدليل"},
    "Meetings": {"cy": "Cyfarfodydd", "ar": "الاجتماعات"},
    "Listening": {"cy": "Gwrando", "ar": "الإصغاء"},
    "Strategy": {"cy": "Strategaeth", "ar": "الاستراتيجية"},
    "Learning": {"cy": "Dysgu", "ar": "التعلّم"},
}


@pytest.fixture
def page_with_facets(translated_site, silent):
    areas = [
        FrameworkAreaFactory(name="Listening", slug="listening", sort_order=1),
        FrameworkAreaFactory(name="Strategy", slug="strategy", sort_order=2),
    ]
    value = FrameworkValueFactory(name="Learning", slug="learning")
    for code in ("cy", "ar"):
        for facet in (*areas, value):
            translate_snippet(facet, code, STRINGS, silent)
    index = HandbookIndexPageFactory(parent=translated_site["en"]["home"])
    page = HandbookPageFactory(parent=index, slug="meetings", title="Meetings")
    page.framework_areas.set([areas[0]])
    page.save_revision().publish()
    translate_page(index, "cy", STRINGS, silent)
    welsh = translate_page(page, "cy", STRINGS, silent)
    return {"en": page, "cy": welsh}


def _choices(html: str, name: str) -> dict:
    """Label -> checked, for the checkboxes called ``name``."""
    found = {}
    for match in re.finditer(rf'<input type="checkbox" name="{name}" value="\d+"([^>]*)>\s*([^<]+)</label>', html):
        found[match.group(2).strip()] = "checked" in match.group(1)
    return found


def test_a_new_welsh_page_lists_each_area_once_in_welsh(admin_client, page_with_facets):
    """A page added in the Welsh tree (a synced translation is edited in wagtail-localize's
    translation editor, where its links are not offered at all)."""
    parent = page_with_facets["cy"].get_parent()
    url = reverse("wagtailadmin_pages:add", args=["handbook", "handbookpage", parent.pk])
    html = admin_client.get(url).content.decode()
    assert _choices(html, "framework_areas") == {"Gwrando": False, "Strategaeth": False}
    assert _choices(html, "framework_values") == {"Dysgu": False}


def test_an_english_page_lists_each_area_once_in_english(admin_client, page_with_facets):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page_with_facets["en"].pk])).content.decode()
    assert _choices(html, "framework_areas") == {"Listening": True, "Strategy": False}


def test_snippet_listings_have_a_language_column(admin_client, translated_site, silent):
    term = GlossaryTermFactory(term="Mutual aid", slug="mutual-aid")
    translate_snippet(term, "cy", {"Mutual aid": {"cy": "Cyd-gymorth"}}, silent)
    html = admin_client.get(reverse("wagtailsnippets_handbook_glossaryterm:list")).content.decode()
    assert re.search(r"<th[^>]*>\s*(<a[^>]*>)?\s*Language", html)
    assert "Welsh" in html and "English" in html


def test_admin_fields_follow_the_direction_of_their_text(admin_client, page_with_facets):
    """Every admin page (the translation editor included) loads the rule that runs an Arabic
    field right to left: each paragraph takes the direction of its first letter."""
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "cms/css/admin-bidi" in html and "cms/js/admin-bidi" in html
    css = (settings.BASE_DIR / "cms/static/cms/css/admin-bidi.css").read_text()
    assert "unicode-bidi: plaintext" in css
