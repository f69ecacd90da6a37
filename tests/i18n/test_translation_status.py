"""Reports → Translation status (cms/translation_status.py): per page and translatable snippet,
whether its Welsh and Arabic versions are up to date, missing, out of date or waiting to be
published, each cell linking to the wagtail-localize action that fixes it; for editors only, at
a query cost that does not grow with the number of pages."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from cms.demo_translations import translate_page, translate_snippet
from cms.factories import StandardPageFactory
from handbook.factories import GlossaryTermFactory
from members.factories import MemberFactory
from tests.query_counts import count_queries

pytestmark = pytest.mark.django_db

URL = "/admin/reports/translation-status/"
STRINGS = {"Listening": {"cy": "Gwrando", "ar": "الإصغاء"}, "Mutual aid": {"cy": "Cyd-gymorth"}}


def _client(role: str) -> Client:
    user = MemberFactory(username=role.lower(), email=f"{role.lower()}@example.org")
    user.groups.add(Group.objects.get(name=role))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor():
    return _client("Editors")


@pytest.fixture
def pages(translated_site, silent):
    """About: translated and published in both languages; Meetings: English only; Listening:
    translated, then its English revised and published again; Reading: translated, then its
    Welsh version edited and saved as a draft."""
    home = translated_site["en"]["home"]
    meetings = StandardPageFactory(parent=home, title="Meetings", slug="meetings")
    listening = StandardPageFactory(parent=home, title="Listening", slug="listening")
    reading = StandardPageFactory(parent=home, title="Reading", slug="reading")
    for code in ("cy", "ar"):
        translate_page(listening, code, STRINGS, silent)
        translate_page(reading, code, STRINGS, silent)
    listening.introduction = "Listening, revised."
    listening.save_revision().publish()
    welsh_reading = reading.get_translation(translated_site["cy"]["home"].locale)
    welsh_reading.save_revision()  # a draft edit of the Welsh translation, not yet published
    return {"about": translated_site["en"]["about"], "meetings": meetings, "listening": listening, "reading": reading}


def _table(html: str) -> dict:
    """Row title -> {column label: (status, link)} for the status columns."""
    soup = BeautifulSoup(html, "html.parser")
    labels = [th.get_text(" ", strip=True) for th in soup.select("table thead th")]
    rows = {}
    for tr in soup.select("table tbody tr"):
        cells = tr.find_all("td")
        title = cells[0].get_text(" ", strip=True)
        rows[title] = {
            labels[i]: (cell["data-status"], cell.a["href"] if cell.a else None)
            for i, cell in enumerate(cells)
            if cell.has_attr("data-status")
        }
    return rows


def _statuses(client, query="") -> dict:
    response = client.get(URL + query)
    assert response.status_code == 200
    return {
        title: {label: status for label, (status, _) in row.items()}
        for title, row in _table(response.content.decode()).items()
    }


def test_each_page_has_its_status_in_each_language(editor, pages):
    statuses = _statuses(editor)
    assert statuses["About"] == {"Welsh": "current", "Arabic": "current"}
    assert statuses["Meetings"] == {"Welsh": "missing", "Arabic": "missing"}
    assert statuses["Listening"] == {"Welsh": "outdated", "Arabic": "outdated"}
    assert statuses["Reading"] == {"Welsh": "draft", "Arabic": "current"}
    assert "Home" in statuses and "English" not in next(iter(statuses.values()))


def test_filters_by_language_and_status(editor, pages):
    assert _statuses(editor, "?status=missing") == {"Meetings": {"Welsh": "missing", "Arabic": "missing"}}
    assert _statuses(editor, "?language=ar&status=draft") == {}
    assert _statuses(editor, "?language=cy&status=draft") == {"Reading": {"Welsh": "draft"}}
    assert set(_statuses(editor, "?language=ar&status=current")) == {"Home", "About", "Reading"}


def test_a_missing_cell_opens_translate_with_its_language_ticked(editor, pages):
    href = _table(editor.get(URL).content.decode())["Meetings"]["Welsh"][1]
    assert (
        href == reverse("wagtail_localize:submit_page_translation", args=[pages["meetings"].pk]) + "?select_locale=cy"
    )
    html = editor.get(href).content.decode()
    welsh = BeautifulSoup(html, "html.parser").find("input", {"name": "locales", "checked": True})
    assert welsh is not None and welsh.find_parent("label").get_text(strip=True) == "Welsh"


def test_an_out_of_date_cell_syncs_the_translation_and_comes_back_up_to_date(
    editor, pages, django_capture_on_commit_callbacks
):
    href = _table(editor.get(URL).content.decode())["Listening"]["Arabic"][1]
    source = TranslationSource.objects.get(object_id=pages["listening"].translation_key)
    assert href.startswith(reverse("wagtail_localize:update_translations", args=[source.pk]) + "?next=")
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes on commit
        response = editor.post(href, {"publish_translations": "on"})
    assert response.status_code == 302 and response.url == URL
    assert _statuses(editor)["Listening"] == {"Welsh": "current", "Arabic": "current"}


def test_links_from_the_filtered_results_return_to_the_report(editor, pages):
    results = editor.get(URL + "results/?status=outdated&_w_filter_fragment=1").content.decode()
    href = _table(results)["Listening"]["Welsh"][1]
    assert href.endswith("?" + urlencode({"next": URL + "?status=outdated"}))


def test_a_draft_cell_opens_the_translation(editor, pages):
    href = _table(editor.get(URL).content.decode())["Reading"]["Welsh"][1]
    welsh = pages["reading"].get_translation(Locale.objects.get(language_code="cy"))
    assert href == reverse("wagtailadmin_pages:edit", args=[welsh.pk])
    assert editor.get(href).status_code == 200


def test_translatable_snippets_are_listed_too(editor, translated_site, silent):
    term = GlossaryTermFactory(term="Mutual aid", slug="mutual-aid")
    GlossaryTermFactory(term="Commons", slug="commons")
    translate_snippet(term, "cy", STRINGS, silent)
    rows = _table(editor.get(URL + "?kind=handbook.glossaryterm").content.decode())
    assert {title: {k: v[0] for k, v in row.items()} for title, row in rows.items()} == {
        "Mutual aid": {"Welsh": "current", "Arabic": "missing"},
        "Commons": {"Welsh": "missing", "Arabic": "missing"},
    }
    assert rows["Commons"]["Arabic"][1].startswith(
        reverse("wagtail_localize:submit_snippet_translation", args=["handbook", "glossaryterm", term.pk + 1])
    )


def test_for_editors_only(editor, pages):
    moderator = _client("Moderators")
    assert moderator.get(URL).status_code == 302
    menu_entry = f'"{URL}"'  # in the sidebar's data, under Reports
    assert menu_entry not in moderator.get(reverse("wagtailadmin_home")).content.decode()
    assert menu_entry in editor.get(reverse("wagtailadmin_home")).content.decode()


def test_the_query_count_does_not_grow_with_the_pages(editor, translated_site, silent):
    home = translated_site["en"]["home"]

    def grow(total):
        for n in range(total - StandardPageFactory._meta.model.objects.filter(locale=home.locale).count()):
            page = StandardPageFactory(parent=home, title=f"Page {n}", slug=f"page-{total}-{n}")
            if n % 2:
                translate_page(page, "cy", STRINGS, silent)

    grow(4)
    small = count_queries(editor, URL)
    grow(30)
    assert count_queries(editor, URL) == small


def test_publishing_an_original_again_unchanged_keeps_it_up_to_date(editor, pages):
    """cms/translation_sources.py: what publishing itself changes is no change to translate."""
    about = pages["about"]
    about.save_revision().publish()
    assert _statuses(editor)["About"] == {"Welsh": "current", "Arabic": "current"}
    about.introduction = "A changed introduction."
    about.save_revision().publish()
    assert _statuses(editor)["About"] == {"Welsh": "outdated", "Arabic": "outdated"}
