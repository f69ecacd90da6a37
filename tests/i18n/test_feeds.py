"""Per-language calendar and story feeds: /cy/… and /ar/… feeds in that language, one UID per event."""

import feedparser
import pytest
from icalendar import Calendar

from cms.demo_translations import translate_page
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage
from stories.factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db

STRINGS = {
    "Events": {"cy": "Digwyddiadau", "ar": "الفعاليات"},
    "Forums, workshops and gatherings.": {
        "cy": "Fforymau, gweithdai a chynulliadau.",
        "ar": "منتديات وورش عمل ولقاءات.",
    },
    "Spring forum": {"cy": "Fforwm y gwanwyn", "ar": "منتدى الربيع"},
    "An evening of sharing what works.": {
        "cy": "Noson o rannu'r hyn sy'n gweithio.",
        "ar": "أمسية نتشارك فيها ما ينجح.",
    },
    "Stories": {"cy": "Straeon", "ar": "القصص"},
    "What networks tried, and what happened.": {
        "cy": "Beth a driodd rhwydweithiau, a beth ddigwyddodd.",
        "ar": "ما جرّبته الشبكات وما حدث.",
    },
    "The soup night": {"cy": "Noson y cawl", "ar": "ليلة الحساء"},
    "A short account of the soup night.": {"cy": "Hanes byr noson y cawl.", "ar": "رواية قصيرة عن ليلة الحساء."},
}


@pytest.fixture
def events(translated_site, silent):
    """An events index and one event in English, translated into Welsh and Arabic (published)."""
    index = EventIndexPageFactory(parent=translated_site["en"]["home"])
    event = EventPageFactory(parent=index, slug="spring-forum", title="Spring forum")
    pages = {"en": event}
    for code in ("cy", "ar"):
        translate_page(index, code, STRINGS, silent)
        pages[code] = translate_page(event, code, STRINGS, silent)
    return pages


def _calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/calendar")
    return response, Calendar.from_ical(response.content)


def _only_event(calendar):
    (vevent,) = calendar.walk("VEVENT")
    return vevent


@pytest.mark.parametrize(
    ("code", "calendar_name", "title", "summary", "details"),
    [
        ("cy", "Digwyddiadau Test Hub", "Fforwm y gwanwyn", "Noson o rannu'r hyn sy'n gweithio.", "Manylion:"),
        ("ar", "فعاليات Test Hub", "منتدى الربيع", "أمسية نتشارك فيها ما ينجح.", "التفاصيل:"),
    ],
)
def test_calendar_feed_in_each_language(client, events, code, calendar_name, title, summary, details):
    _response, calendar = _calendar(client, f"/{code}/events/feed.ics")
    assert str(calendar["X-WR-CALNAME"]) == calendar_name
    assert str(calendar["NAME"]) == calendar_name
    assert calendar["NAME"].params["LANGUAGE"] == code
    assert "Spring forum" not in str(calendar["X-WR-CALDESC"])
    vevent = _only_event(calendar)
    assert str(vevent["SUMMARY"]) == title
    assert vevent["SUMMARY"].params["LANGUAGE"] == code
    description = str(vevent["DESCRIPTION"])
    assert summary in description and details in description
    assert str(vevent["URL"]) == f"http://localhost/{code}/events/spring-forum/"


def test_english_feed_is_unchanged_by_translations(client, events):
    _response, calendar = _calendar(client, "/en/events/feed.ics")
    assert str(calendar["X-WR-CALNAME"]) == "Test Hub events"
    vevent = _only_event(calendar)
    assert str(vevent["SUMMARY"]) == "Spring forum"
    assert str(vevent["UID"]) == events["en"].ical_uid


def test_same_event_has_the_same_uid_in_every_language(client, events):
    assert events["cy"].ical_uid != events["en"].ical_uid  # each page row keeps its own (unique) value
    uids = {code: str(_only_event(_calendar(client, f"/{code}/events/feed.ics")[1])["UID"]) for code in events}
    assert uids == {"en": events["en"].ical_uid, "cy": events["en"].ical_uid, "ar": events["en"].ical_uid}
    # The single event's file too.
    single = _only_event(_calendar(client, "/cy/events/spring-forum/event.ics")[1])
    assert str(single["UID"]) == events["en"].ical_uid
    assert str(single["SUMMARY"]) == "Fforwm y gwanwyn"


def test_each_language_sends_the_highest_sequence_of_the_event(client, events):
    """A client keeps the entry with the highest SEQUENCE: a translation whose own row counts
    more changes (say, its date fixed in Welsh) must not send a lower one, nor the original's."""
    english = events["en"].ical_sequence
    EventPage.objects.filter(pk=events["cy"].pk).update(ical_sequence=english + 3)
    EventPage.objects.filter(pk=events["ar"].pk).update(ical_sequence=0)
    sequences = {
        code: int(_only_event(_calendar(client, f"/{code}/events/feed.ics")[1])["SEQUENCE"]) for code in events
    }
    assert sequences == {"en": english, "cy": english + 3, "ar": english}


def test_translated_feed_repeats_are_byte_identical_and_answer_304(client, events):
    first, _calendar_one = _calendar(client, "/cy/events/feed.ics")
    second, _calendar_two = _calendar(client, "/cy/events/feed.ics")
    assert first.content == second.content
    assert first["ETag"] == second["ETag"]
    assert client.get("/cy/events/feed.ics", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    english, _calendar_en = _calendar(client, "/en/events/feed.ics")
    assert english["ETag"] != first["ETag"]  # a different body in each language


def test_a_language_without_the_events_index_has_the_originals_feed(client, translated_site):
    # No dead end (cms/language_fallback.py): the English feed, at the Welsh address.
    index = EventIndexPageFactory(parent=translated_site["en"]["home"])
    EventPageFactory(parent=index, slug="only-english", title="Only English")
    assert client.get("/en/events/feed.ics").status_code == 200
    welsh = client.get("/cy/events/feed.ics")
    assert welsh.status_code == 200 and b"SUMMARY;LANGUAGE=en:Only English" in welsh.content


@pytest.fixture
def stories(translated_site, silent):
    index = StoryIndexPageFactory(parent=translated_site["en"]["home"])
    story = StoryPageFactory(parent=index, slug="soup", title="The soup night")
    StoryPageFactory(parent=index, slug="untranslated", title="Only in English")
    for code in ("cy", "ar"):
        translate_page(index, code, STRINGS, silent)
        translate_page(story, code, STRINGS, silent)
    return index


@pytest.mark.parametrize(
    ("code", "library", "title", "summary"),
    [
        ("cy", "Straeon", "Noson y cawl", "Hanes byr noson y cawl."),
        ("ar", "القصص", "ليلة الحساء", "رواية قصيرة عن ليلة الحساء."),
    ],
)
def test_story_rss_feed_in_each_language(client, stories, code, library, title, summary):
    response = client.get(f"/{code}/stories/feed/rss/")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.feed.title == library
    assert feed.feed.language == code
    assert [entry.title for entry in feed.entries] == [title]  # pages of that language only
    assert feed.entries[0].summary == summary
    assert feed.entries[0].link == f"http://localhost/{code}/stories/soup/"


def test_story_atom_feed_in_welsh(client, stories):
    response = client.get("/cy/stories/feed/atom/")
    assert response.status_code == 200
    assert b'xml:lang="cy"' in response.content
    feed = feedparser.parse(response.content)
    assert feed.feed.title == "Straeon"
    assert [entry.title for entry in feed.entries] == ["Noson y cawl"]


def test_english_story_feed_keeps_english_entries(client, stories):
    feed = feedparser.parse(client.get("/en/stories/feed/rss/").content)
    assert feed.feed.language == "en"
    assert {entry.title for entry in feed.entries} == {"The soup night", "Only in English"}
