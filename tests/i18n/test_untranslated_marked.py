"""Nothing English left unmarked: on a Welsh or Arabic page, a field, a StreamField block, a
practice of a framework area or a per-date note still in English carries lang="en" dir="ltr"
(so an English sentence keeps its punctuation on the right side inside a right-to-left page);
what is translated carries no mark; English pages are untouched."""

import datetime
import re

import pytest

from cms.demo_translations import translate_page, translate_snippet
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import OccurrenceChange
from handbook.factories import FrameworkAreaFactory, FrameworkPageFactory, HandbookIndexPageFactory, HandbookPageFactory
from tests.i18n.language_crawl import lang_of

pytestmark = pytest.mark.django_db

MARK = ' lang="en" dir="ltr"'
STRINGS = {
    "Handbook": {"cy": "Llawlyfr", "ar": "الدليل"},
    "Running meetings": {"cy": "Cynnal cyfarfodydd", "ar": "إدارة الاجتماعات"},
    "How we keep meetings short.": {
        "cy": "Sut rydyn ni'n cadw cyfarfodydd yn fyr.",
        "ar": "كيف نبقي الاجتماعات قصيرة.",
    },
    "Framework": {"cy": "Fframwaith", "ar": "الإطار"},
    "Listening": {"cy": "Gwrando", "ar": "الإصغاء"},
    "Hearing people out before acting.": {
        "cy": "Gwrando ar bobl cyn gweithredu.",
        "ar": "الإصغاء إلى الناس قبل الفعل.",
    },
    "Events": {"cy": "Digwyddiadau", "ar": "الفعاليات"},
    "Monthly forum": {"cy": "Fforwm misol", "ar": "المنتدى الشهري"},
}
ENGLISH_PARAGRAPH = "Start with a round: everyone says how they are, in one sentence."
TRANSLATED_PARAGRAPH = {"cy": "Dechreuwch gyda rownd.", "ar": "ابدأ بجولة."}


@pytest.fixture
def handbook(translated_site, silent):
    home = translated_site["en"]["home"]
    index = HandbookIndexPageFactory(parent=home)
    page = HandbookPageFactory(
        parent=index,
        slug="meetings",
        title="Running meetings",
        introduction="How we keep meetings short.",
        body=[
            ("paragraph", f"<p>{ENGLISH_PARAGRAPH}</p>"),
            ("paragraph", "<p>Close with what each person will do next, and by when.</p>"),
        ],
    )
    strings = {
        **STRINGS,
        "Close with what each person will do next, and by when.": {"cy": "Dechreuwch gyda rownd.", "ar": "ابدأ بجولة."},
    }
    for code in ("cy", "ar"):
        translate_page(index, code, STRINGS, silent)
        translate_page(page, code, strings, silent)
    return page


@pytest.mark.parametrize("code", ["cy", "ar"])
def test_an_untranslated_block_of_a_translated_page_is_marked_english(client, handbook, code):
    html = client.get(f"/{code}/handbook/meetings/").content.decode()
    assert STRINGS["Running meetings"][code] in html
    assert lang_of(html, ENGLISH_PARAGRAPH[:20]) == "en"  # the block around the English paragraph
    translated = TRANSLATED_PARAGRAPH[code]
    assert lang_of(html, translated) == code
    intro = STRINGS["How we keep meetings short."][code]
    assert lang_of(html, intro) == code


def test_english_pages_carry_no_marks(client, handbook):
    html = client.get("/en/handbook/meetings/").content.decode()
    assert ENGLISH_PARAGRAPH in html
    assert 'class="block-original"' not in html
    assert MARK not in re.search(r"<main.*</main>", html, re.S).group(0)


@pytest.fixture
def framework(translated_site, silent):
    FrameworkPageFactory(parent=translated_site["en"]["home"])
    area = FrameworkAreaFactory(
        name="Listening",
        slug="listening",
        summary="Hearing people out before acting.",
        practices=[("practice", {"text": "Talk with the people who never use what you offer", "detail": ""})],
    )
    page = FrameworkPageFactory._meta.model.objects.get(locale__language_code="en")
    for code in ("cy", "ar"):
        translate_page(page, code, STRINGS, silent)
        translate_snippet(area, code, STRINGS, silent)
    return area


@pytest.mark.parametrize("url", ["/ar/framework/", "/ar/framework/listening/", "/cy/framework/listening/"])
def test_a_practice_left_in_english_is_marked(client, framework, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    code = url.split("/")[1]
    assert lang_of(html, "Talk with the people who never use what you offer") == "en"
    assert lang_of(html, STRINGS["Hearing people out before acting."][code]) == code


def test_a_per_date_note_left_in_english_is_marked(client, translated_site, silent):
    index = EventIndexPageFactory(parent=translated_site["en"]["home"], slug="events")
    first = datetime.date.today() + datetime.timedelta(days=3)
    event = EventPageFactory(parent=index, slug="forum", title="Monthly forum", start_date=first, repeat="weekly")
    event.repeat_until = first + datetime.timedelta(weeks=4)
    event.occurrence_changes.add(
        OccurrenceChange(occurrence_date=first, action="note", note="Bring a friend: this one is for newcomers.")
    )
    event.save_revision().publish()
    translate_page(index, "ar", STRINGS, silent)
    translate_page(event, "ar", STRINGS, silent)
    html = client.get("/ar/events/forum/").content.decode()
    assert STRINGS["Monthly forum"]["ar"] in html
    assert lang_of(html, "Bring a friend") == "en"
    # The index's card for that date, whose note comes with the listing's own query.
    listing = client.get("/ar/events/").content.decode()
    assert STRINGS["Monthly forum"]["ar"] in listing
    assert lang_of(listing, "Bring a friend") == "en"
