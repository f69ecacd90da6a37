"""Editors' side: the event form, snippets, and saving a draft before every field is filled."""

import pytest
from django.urls import reverse

from events.models import EventPage

pytestmark = pytest.mark.django_db


def test_snippet_listings_open(admin_client):
    for model in ("venue", "person", "organisation"):
        url = reverse(f"wagtailsnippets_events_{model}:list")
        assert admin_client.get(url).status_code == 200, model


def _add_url(index):
    return reverse("wagtailadmin_pages:add", args=("events", "eventpage", index.pk))


def _form_data(**overrides):
    data = {
        "title": "Forum",
        "slug": "forum",
        "summary": "Come along.",
        "key_question": "",
        "body-count": "0",
        "programme-count": "0",
        "time_zone": "Europe/London",
        "start_date": "2031-03-04",
        "start_time": "19:00",
        "end_date": "",
        "end_time": "20:00",
        "repeat": "",
        "repeat_interval": "1",
        "repeat_until": "",
        "repeat_count": "",
        "occurrence_changes-TOTAL_FORMS": "0",
        "occurrence_changes-INITIAL_FORMS": "0",
        "occurrence_changes-MIN_NUM_FORMS": "0",
        "occurrence_changes-MAX_NUM_FORMS": "1000",
        "status": "scheduled",
        "previous_start": "",
        "format": "online",
        "venue": "",
        "join_url": "",
        "join_instructions": "",
        "registration": "none",
        "registration_url": "",
        "capacity_note": "",
        "accessibility": "",
        "tags": "",
        "seo_title": "",
        "search_description": "",
    }
    data.update(overrides)
    return data


def test_editor_creates_and_publishes_an_event(admin_client, events_index):
    response = admin_client.post(_add_url(events_index), _form_data(**{"action-publish": "publish"}))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = EventPage.objects.get(slug="forum")
    assert page.live and page.start.isoformat() == "2031-03-04T19:00:00+00:00"


def test_bad_times_get_a_clear_message_and_keep_what_was_typed(admin_client, events_index):
    data = _form_data(end_time="18:00", summary="Everything I typed", **{"action-publish": "publish"})
    response = admin_client.post(_add_url(events_index), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "The end time is not after the start time." in html
    assert "Everything I typed" in html
    assert not EventPage.objects.exists()


def test_draft_without_a_date_is_refused_with_a_message(admin_client, events_index):
    data = _form_data(start_date="", summary="Half-written idea", **{"action-draft": "save"})
    response = admin_client.post(_add_url(events_index), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Half-written idea" in html
    assert "This field is required." in html
    assert not EventPage.objects.exists()
