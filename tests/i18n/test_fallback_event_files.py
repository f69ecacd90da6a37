"""No dead ends for an event's sub-addresses either: the calendar file, the events feed and
registration of an event that exists only in English answer at the Welsh and Arabic
addresses (cms/language_fallback.py), as a calendar app subscribed there and a reader who
registers there see them."""

import pytest
from django.core import mail
from icalendar import Calendar
from wagtail.models import Page
from wagtail_localize.operations import translate_object

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Registrant
from tests.events.registering import confirm, form_data, links, site_event

pytestmark = pytest.mark.django_db

NOTICE_CY = "Nid yw'r dudalen hon ar gael yn Cymraeg eto; dyma hi yn Saesneg."


@pytest.fixture
def index(translated_site):
    return EventIndexPageFactory(parent=translated_site["en"]["home"], slug="events", title="Events")


@pytest.fixture
def forum(index):
    return EventPageFactory(parent=index, slug="forum", title="Spring forum", summary="Networks meet in spring.")


def _calendar(response) -> Calendar:
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def _events(calendar: Calendar) -> list[dict]:
    return [{name: vevent[name].to_ical() for name in vevent} for vevent in calendar.walk("VEVENT")]


def _publish_translation(page, locale, admin_user, **changes):
    translate_object(page, [locale], user=admin_user)
    translated = Page.objects.get(translation_key=page.translation_key, locale=locale).specific
    for name, value in changes.items():
        setattr(translated, name, value)
    translated.save_revision(user=admin_user).publish(user=admin_user)
    translated.refresh_from_db()
    return translated


@pytest.mark.parametrize("code", ["cy", "ar"])
def test_the_calendar_file_of_an_english_only_event_is_the_originals(client, forum, code):
    english = _calendar(client.get("/en/events/forum/event.ics"))
    reader = _calendar(client.get(f"/{code}/events/forum/event.ics"))
    assert _events(reader) == _events(english)  # the same event, UID, text and link to the original
    (event,) = reader.walk("VEVENT")
    assert str(event["UID"]) == forum.ical_uid
    assert str(event["SUMMARY"]) == "Spring forum" and event["SUMMARY"].params["LANGUAGE"] == "en"
    assert str(event["URL"]) == "http://localhost/en/events/forum/"
    assert str(reader["SOURCE"]) == f"http://localhost/{code}/events/forum/event.ics"  # where it was fetched
    assert client.get(f"/{code}/events/no-such-event/event.ics").status_code == 404


def test_the_fallback_event_page_offers_the_calendar_at_the_reader_address(client, forum):
    html = client.get("/cy/events/forum/").content.decode()
    assert NOTICE_CY in html
    assert 'href="/cy/events/forum/event.ics"' in html
    assert 'href="webcal://localhost/cy/events/forum/event.ics"' in html
    assert "/en/events/forum/event.ics" not in html


def test_a_subscription_follows_the_translation_once_it_is_published(client, forum, locales, admin_user):
    subscribed = "/cy/events/forum/event.ics"
    before = _calendar(client.get(subscribed)).walk("VEVENT")[0]
    _publish_translation(forum.get_parent(), locales["cy"], admin_user)
    _publish_translation(forum, locales["cy"], admin_user, title="Fforwm y gwanwyn")
    after = _calendar(client.get(subscribed)).walk("VEVENT")[0]
    assert str(after["SUMMARY"]) == "Fforwm y gwanwyn" and after["SUMMARY"].params["LANGUAGE"] == "cy"
    assert str(after["UID"]) == str(before["UID"])  # the calendar updates the event, no duplicate


def test_a_translated_event_under_its_original_slug_redirects_to_its_own_file(client, forum, locales, admin_user):
    _publish_translation(forum.get_parent(), locales["cy"], admin_user)
    _publish_translation(forum, locales["cy"], admin_user, title="Fforwm y gwanwyn", slug="fforwm")
    response = client.get("/cy/events/forum/event.ics")
    assert response.status_code == 302 and response["Location"] == "/cy/events/fforwm/event.ics"
    event = _calendar(client.get(response["Location"])).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "Fforwm y gwanwyn" and str(event["UID"]) == forum.ical_uid


@pytest.mark.parametrize("code", ["cy", "ar"])
def test_the_feed_of_an_english_only_events_section(client, forum, code):
    calendar = _calendar(client.get(f"/{code}/events/feed.ics"))
    assert [str(event["UID"]) for event in calendar.walk("VEVENT")] == [forum.ical_uid]
    assert str(calendar["NAME"]) == "Test Hub events" and calendar["NAME"].params["LANGUAGE"] == "en"


def test_registering_for_an_english_only_event_in_welsh(client, index):
    def make_event(**fields):
        return EventPageFactory(parent=index, **fields)

    page = site_event(make_event, capacity=2)
    html = client.get("/cy/events/workshop/").content.decode()
    assert 'href="/cy/events/workshop/register/"' in html
    form = client.get("/cy/events/workshop/register/")
    assert form.status_code == 200 and NOTICE_CY in form.content.decode()
    data = form_data() | {"occurrence": page.start.date().isoformat()}
    response = client.post("/cy/events/workshop/register/", data)
    assert response.status_code == 302 and response["Location"] == "/cy/events/workshop/register/sent/"
    assert client.get(response["Location"]).status_code == 200
    registrant = Registrant.objects.get()
    assert registrant.language == "cy" and registrant.page_id == page.pk
    (ask,) = mail.outbox
    assert all(path.startswith("/cy/events/workshop/registration/") for path in links(ask.body).values())
    assert "http://localhost/cy/events/workshop/" in ask.body
    landing = confirm(client, ask)
    assert landing.status_code == 302 and landing["Location"].startswith("/cy/events/workshop/registration/")
    personal = client.get(landing["Location"])
    assert personal.status_code == 200 and NOTICE_CY in personal.content.decode()
    registrant.refresh_from_db()
    assert registrant.status == "confirmed"
