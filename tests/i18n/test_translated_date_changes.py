"""A series' per-date changes are translatable inline rows (``OccurrenceChange`` is a
``TranslatableMixin``): a Welsh or Arabic translation has rows of its own in its locale, with the
English row's date and action and the note as a wagtail-localize segment; a change made in
English reaches the translations when they are synced (wagtail-localize's "update")."""

import datetime

import pytest
from django.utils.html import escape
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from cms.demo_translations import translate_page
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import OccurrenceChange
from tests.i18n.language_crawl import lang_of

pytestmark = pytest.mark.django_db

NOTE = "No forum this month: the hosts are on a break."
STRINGS = {
    "Events": {"cy": "Digwyddiadau", "ar": "الفعاليات"},
    "Monthly forum": {"cy": "Fforwm misol", "ar": "المنتدى الشهري"},
    NOTE: {
        "cy": "Dim fforwm y mis hwn: mae'r gwesteiwyr yn cymryd seibiant.",
        "ar": "لا منتدى هذا الشهر: المضيفون في استراحة.",
    },
}
FIRST = datetime.date.today() + datetime.timedelta(days=3)


@pytest.fixture
def series(translated_site, silent):
    index = EventIndexPageFactory(parent=translated_site["en"]["home"], slug="events", title="Events")
    event = EventPageFactory(
        parent=index,
        slug="forum",
        title="Monthly forum",
        start_date=FIRST,
        repeat="weekly",
        repeat_until=FIRST + datetime.timedelta(weeks=4),
    )
    event.occurrence_changes.add(
        OccurrenceChange(occurrence_date=FIRST + datetime.timedelta(weeks=1), action="cancel", note=NOTE)
    )
    event.save_revision().publish()
    event.refresh_from_db()
    for code in ("cy", "ar"):
        translate_page(index, code, STRINGS, silent)
        translate_page(event, code, STRINGS, silent)
    return event


def test_a_new_row_takes_the_page_locale(series):
    welsh = series.get_translation(Locale.objects.get(language_code="cy"))
    welsh.occurrence_changes.add(OccurrenceChange(occurrence_date=FIRST, action="note", note="Dewch â ffrind."))
    welsh.save_revision().publish()
    saved = OccurrenceChange.objects.filter(page_id=welsh.pk)
    assert sorted(change.locale.language_code for change in saved) == ["cy", "cy"]


@pytest.mark.parametrize("code", ["cy", "ar"])
def test_the_translation_has_its_own_rows_with_the_note_translated(client, series, code):
    html = client.get(f"/{code}/events/forum/").content.decode()
    assert escape(STRINGS[NOTE][code]) in html
    assert lang_of(html, STRINGS[NOTE][code]) == code  # shown translated, with no lang="en" marker
    assert escape(NOTE) not in html
    english = series.occurrence_changes.get()
    translated = series.get_translation(Locale.objects.get(language_code=code))
    change = translated.occurrence_changes.get()
    assert change.pk != english.pk
    assert (change.locale.language_code, change.translation_key) == (code, english.translation_key)
    assert (change.occurrence_date, change.action, change.note) == (
        english.occurrence_date,
        "cancel",
        STRINGS[NOTE][code],
    )


def _sync(page):
    """What the admin's "Sync translated pages" does: refresh the source, save every translation."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    for translation in Translation.objects.filter(source=source, enabled=True):
        translation.save_target(publish=True)


def test_an_english_cancel_reaches_the_welsh_page_after_syncing(client, series):
    cancelled = FIRST + datetime.timedelta(weeks=2)
    before = client.get("/cy/events/forum/").content.decode()
    assert before.count("occurrence--cancelled") == 1
    page = series.get_latest_revision_as_object()
    page.occurrence_changes.add(OccurrenceChange(occurrence_date=cancelled, action="cancel"))
    page.save_revision().publish()
    _sync(series)
    welsh = series.get_translation(Locale.objects.get(language_code="cy"))
    changes = welsh.changes_by_date()
    assert {day: change.action for day, change in changes.items()} == {
        FIRST + datetime.timedelta(weeks=1): "cancel",
        cancelled: "cancel",
    }
    assert changes[FIRST + datetime.timedelta(weeks=1)].note == STRINGS[NOTE]["cy"]  # kept through the sync
    after = client.get("/cy/events/forum/").content.decode()
    assert after.count("occurrence--cancelled") == 2
    assert escape(STRINGS[NOTE]["cy"]) in after
