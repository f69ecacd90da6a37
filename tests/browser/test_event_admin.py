"""Events through the real Wagtail admin in a browser (issue #16): an editor makes a new venue and
a new speaker from the choosers without leaving the event form, and cancels one date of a weekly
series, after the admin refuses a date that is not in the series and names the nearest one."""

import datetime
import re

import icalendar
import pytest
from django.utils.formats import date_format
from playwright.sync_api import expect

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage, Person, Venue

from .admin_steps import close_date_pickers, new_event_with_a_welcome, publish, show_field, sign_in, staff

pytestmark = pytest.mark.django_db(transaction=True)


def _modal(page):
    return page.locator(".modal-content")


def test_an_editor_makes_a_venue_and_a_speaker_from_the_choosers(
    page, live_server, roles, home_page, django_user_model
):
    events = EventIndexPageFactory(parent=home_page, title="Events", slug="events")
    staff(django_user_model, "gwen", "Editors")
    sign_in(page, live_server, "gwen")

    # A speaker nobody has entered yet, made in the programme block's person chooser.
    item = new_event_with_a_welcome(
        page, live_server, events, "Tenants' evening", "Neighbours compare notes on repairs."
    )
    _modal(page).get_by_role("tab", name="New person").click()
    _modal(page).get_by_label("Name").fill("Nia Hughes")
    _modal(page).get_by_label("Role").fill("Tenants' union organiser")
    _modal(page).get_by_role("button", name="Add this person").click()
    expect(_modal(page)).to_be_hidden()
    expect(item).to_contain_text("Nia Hughes")

    # A venue, made from the venue field's chooser; a blank name is refused in the modal first.
    show_field(page, "#id_start_date").fill("2030-05-01")
    page.locator("#id_start_time").fill("18:00")
    close_date_pickers(page)
    show_field(page, "#id_format").select_option("in_person")
    page.locator("[data-contentpath='venue']").get_by_role("button", name=re.compile("Choose (a )?venue", re.I)).click()
    _modal(page).get_by_role("tab", name="New venue").click()
    _modal(page).get_by_label("Town or city").fill("Cardiff")
    _modal(page).get_by_role("button", name="Add this venue").click()
    expect(_modal(page).locator("[data-contentpath='name']")).to_contain_text("This field is required.")
    expect(_modal(page).get_by_label("Town or city")).to_have_value("Cardiff")
    _modal(page).get_by_label("Name").fill("Chapel Hall")
    _modal(page).get_by_label("Street address").fill("2 Chapel Street")
    _modal(page).get_by_role("button", name="Add this venue").click()
    expect(_modal(page)).to_be_hidden()
    expect(page.locator("[data-contentpath='venue']")).to_contain_text("Chapel Hall, Cardiff")

    publish(page)
    expect(page.locator(".messages")).to_contain_text("published")
    event = EventPage.objects.get(title="Tenants' evening")
    assert event.venue == Venue.objects.get(name="Chapel Hall")
    assert Person.objects.filter(name="Nia Hughes").count() == 1

    page.goto(live_server.url + event.url)
    expect(page.get_by_text("2 Chapel Street").first).to_be_visible()
    expect(page.get_by_text("Nia Hughes").first).to_be_visible()


def _dates_in_ics(body: bytes) -> tuple[set, set]:
    """(the dates the series' RRULE excludes, the dates an override VEVENT puts back on)."""
    calendar = icalendar.Calendar.from_ical(body)
    excluded, overridden = set(), set()
    for vevent in calendar.walk("VEVENT"):
        if vevent.get("RECURRENCE-ID"):
            overridden.add(vevent.decoded("RECURRENCE-ID").date())
        exdates = vevent.get("EXDATE") or []
        for exdate in exdates if isinstance(exdates, list) else [exdates]:
            excluded.update(when.dt.date() for when in exdate.dts)
    return excluded, overridden


def test_an_editor_cancels_one_date_of_a_weekly_series(page, live_server, roles, home_page, django_user_model):
    events = EventIndexPageFactory(parent=home_page, title="Events", slug="events")
    first = datetime.date.today() + datetime.timedelta(days=7)
    series = EventPageFactory(
        parent=events, title="Weekly drop-in", slug="drop-in", start_date=first, repeat="weekly", repeat_count=8
    )
    staff(django_user_model, "gwen", "Editors")
    sign_in(page, live_server, "gwen")

    page.goto(live_server.url + f"/admin/pages/{series.pk}/edit/")
    page.wait_for_load_state("networkidle")
    # The editor picks the third coming date from the series' list in the editor.
    listed = show_field(page, "text=Coming dates of this series").locator("xpath=..").locator("time")
    expect(listed).to_have_count(8)
    chosen = datetime.date.fromisoformat(listed.nth(2).get_attribute("datetime"))
    assert chosen == first + datetime.timedelta(weeks=2)

    # A day off the series first: refused on the field, naming the nearest date of the series.
    page.get_by_role("button", name="Add change").click()
    date_field = page.locator("#id_occurrence_changes-0-occurrence_date")
    date_field.fill((chosen + datetime.timedelta(days=1)).isoformat())
    close_date_pickers(page)
    expect(page.locator("#id_occurrence_changes-0-action")).to_have_value("cancel")
    publish(page)
    field = page.locator("[data-contentpath='occurrence_date']").first
    nearest = date_format(chosen, "l j F Y")
    expect(field).to_contain_text(f"is not a date of this series. The nearest date of the series is {nearest}.")

    show_field(page, "#id_occurrence_changes-0-occurrence_date").fill(chosen.isoformat())
    close_date_pickers(page)
    publish(page)
    expect(page.locator(".messages")).to_contain_text("published")

    page.goto(live_server.url + series.url)
    row = page.locator(f"#occurrence-{chosen:%Y-%m-%d}")
    expect(row).to_contain_text("This date is cancelled")
    expect(page.locator(f"#occurrence-{first + datetime.timedelta(weeks=1):%Y-%m-%d}")).not_to_contain_text("cancelled")

    response = page.request.get(live_server.url + series.url + "event.ics")
    assert response.ok
    excluded, overridden = _dates_in_ics(response.body())
    assert chosen in excluded and chosen not in overridden
    assert first + datetime.timedelta(weeks=1) not in excluded
