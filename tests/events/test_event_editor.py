"""The event editor (issue 16): a short list of time zones with plain labels, status under When,
read-only fields shown read-only, price, joining-link lead time and reminders per event, and
dates and status in the admin's list of events."""

import json
import re

import pytest
from django.urls import reverse

from events.factories import OrganisationFactory
from events.models import EventPage

from .test_admin import _add_url, _form_data

pytestmark = pytest.mark.django_db


def _options(html: str, name: str) -> list[tuple[str, str]]:
    select = re.search(rf'<select name="{name}".*?</select>', html, re.S).group(0)
    return re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)


def test_the_time_zones_are_a_short_plain_list_first(admin_client, events_index):
    html = admin_client.get(_add_url(events_index)).content.decode()
    options = _options(html, "time_zone")
    assert options[0] == ("Europe/London", "GMT (London)")  # the site's default first
    assert ("UTC", "UTC") in options[:3]
    assert "Common time zones" in html and "All other places" in html
    assert not [value for value, _label in options if value.startswith("Etc/")]
    assert ("America/Argentina/Buenos_Aires", "Argentina, Buenos Aires (America)") in options


def test_status_is_under_when_and_previous_start_is_read_only(admin_client, make_event):
    page = make_event(status="rescheduled")
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    when = html.index('name="start_date"')
    assert html.index('name="status"') < when < html.index('name="format"')
    assert 'name="previous_start"' not in html and "Previous start" in html


def test_price_lead_time_and_reminders_are_set_per_event(admin_client, events_index, client):
    data = _form_data(
        price="12.50",
        registration="site",
        capacity="20",
        join_lead_hours="2",
        reminder_hours=["168", "24"],
        **{"action-publish": "publish"},
    )
    response = admin_client.post(_add_url(events_index), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = EventPage.objects.get(slug="forum")
    assert (page.capacity, page.join_lead_hours, sorted(page.reminder_hours)) == (20, 2, [24, 168])
    html = client.get(page.url).content.decode()
    (event,) = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert event["offers"]["price"] == "12.50" and event["isAccessibleForFree"] is False
    assert "shared here 2 hours" in html or "people registered, 2 hours before" in html


def test_places_need_registration_on_this_site(admin_client, events_index):
    response = admin_client.post(
        _add_url(events_index), _form_data(capacity="10", registration="none", **{"action-publish": "publish"})
    )
    assert response.status_code == 200
    assert "Places are counted only with registration on this site" in response.content.decode()


def test_the_admin_event_list_shows_dates_and_status(admin_client, make_event):
    make_event(title="Spring forum", status="postponed")
    html = admin_client.get(reverse("event_listing:index")).content.decode()
    assert "Spring forum" in html and "Postponed" in html and "Starts" in html


def test_organisers_are_ticked_in_a_list_of_checkboxes(admin_client, events_index, client):
    tenants, unions = OrganisationFactory(name="Tenants Together"), OrganisationFactory(name="Unions Cymru")
    html = admin_client.get(_add_url(events_index)).content.decode()
    boxes = re.findall(r'<input type="checkbox" name="organisers" value="(\d+)"', html)
    assert sorted(boxes) == sorted([str(tenants.pk), str(unions.pk)])
    assert '<select name="organisers"' not in html  # no Ctrl-click list

    data = _form_data(organisers=[str(tenants.pk), str(unions.pk)], **{"action-publish": "publish"})
    assert admin_client.post(_add_url(events_index), data).status_code == 302
    page = EventPage.objects.get(slug="forum")
    assert sorted(org.name for org in page.organisers.all()) == ["Tenants Together", "Unions Cymru"]
    organised_by = client.get(page.url).content.decode().split('id="event-organisers"')[1]
    assert "Tenants Together" in organised_by and "Unions Cymru" in organised_by
