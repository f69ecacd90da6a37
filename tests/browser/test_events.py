"""Events in a real browser: find one, open it, take it home as .ics; axe-clean pages."""

import datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from events.factories import EventIndexPageFactory, EventPageFactory, OrganisationFactory, PersonFactory, VenueFactory

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def events_site(home_page):
    index = EventIndexPageFactory(parent=home_page, show_in_menus=True)
    venue = VenueFactory(name="Canal Street Hall")
    speaker = PersonFactory(name="Rosa Adeyemi", role="Coordinator", organisation="Renters' Union")
    soon = datetime.date.today() + datetime.timedelta(days=12)
    gathering = EventPageFactory(
        parent=index,
        slug="network-gathering",
        title="Network gathering",
        format="hybrid",
        venue=venue,
        start_date=soon,
        key_question="What can we borrow from each other?",
        accessibility="Step-free access.",
        programme=[
            (
                "item",
                {
                    "start_time": datetime.time(18, 0),
                    "end_time": datetime.time(18, 30),
                    "title": "Welcome",
                    "description": "Who is here and why.",
                    "speakers": [speaker],
                },
            )
        ],
    )
    gathering.organisers.set([OrganisationFactory(name="Tenants Together")])
    gathering.tags.add("gathering")
    gathering.save()
    EventPageFactory(parent=index, slug="forum", title="Weekly forum", repeat="weekly", repeat_count=3, start_date=soon)
    EventPageFactory(
        parent=index, slug="earlier", title="Earlier workshop", start_date=soon - datetime.timedelta(days=40)
    )
    return {"index": index, "gathering": gathering}


def test_find_open_and_download_an_event(page, live_server, events_site):
    page.goto(live_server.url + "/en/")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Events").click()
    page.get_by_label("Format").select_option("hybrid")
    page.get_by_role("button", name="Show events").click()
    expect(page.locator(".active-filters")).to_contain_text("Format: Hybrid (in person and online)")
    expect(page.get_by_role("link", name="Weekly forum")).to_have_count(0)
    page.get_by_role("link", name="Network gathering").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Network gathering")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download (.ics)").click()
    download = download_info.value
    assert download.suggested_filename == "network-gathering.ics"
    calendar = Calendar.from_ical(Path(download.path()).read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Network gathering"
    assert str(event["UID"]) == events_site["gathering"].ical_uid


@pytest.mark.parametrize(
    "path", ["/en/events/", "/en/events/past/", "/en/events/network-gathering/", "/en/events/forum/"]
)
def test_event_pages_have_no_axe_violations(page, live_server, events_site, assert_accessible, path):
    page.goto(live_server.url + path)
    assert_accessible(page)


def test_events_fit_a_small_phone(page, live_server, events_site):
    page.set_viewport_size({"width": 320, "height": 640})
    for path in ("/en/events/", "/en/events/network-gathering/"):
        page.goto(live_server.url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 320px"
