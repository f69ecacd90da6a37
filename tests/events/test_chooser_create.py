"""People and venues made from the chooser in the event editor (issue 16), through the real views:
the chooser the event form points at has a "New venue"/"New person" tab, its form saves the new
one and hands it back chosen, a mistake comes back on its field with what was typed, and only
roles that may add people and venues (docs/roles.md) get the tab at all."""

import json
import re
from html import unescape

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Locale

from events.models import EventPage, Person, Venue

from .test_admin import _add_url, _form_data

pytestmark = pytest.mark.django_db


def _client(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pw")
    user.groups.add(Group.objects.get(name=group))
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(django_user_model):
    return _client(django_user_model, "ed", "Editors")


def _chooser_url(event_form_html: str, model: str) -> str:
    """The chooser URL the event form's widget opens: the venue field's, or the speakers' in the
    programme block (there it sits in the StreamField's escaped JSON definition)."""
    text = unescape(event_form_html).replace('\\"', '"')
    urls = set(re.findall(rf'data-chooser-url="(/admin/snippets/choose/events/{model}/)', text))
    assert len(urls) == 1, urls
    return urls.pop()


def _modal(response) -> dict:
    assert response.status_code == 200
    return json.loads(response.content)


def _create_form(client, chooser_url: str) -> tuple[str, str]:
    html = _modal(client.get(chooser_url))["html"]
    action = re.search(r'<form data-chooser-modal-creation-form action="([^"]+)"', html)
    return html, action.group(1) if action else ""


def test_an_editor_adds_a_venue_from_the_event_form_and_it_comes_back_chosen(editor, events_index, client):
    event_form = editor.get(_add_url(events_index)).content.decode()
    html, action = _create_form(editor, _chooser_url(event_form, "venue"))
    assert "New venue" in html and "Add this venue" in html and 'name="locality"' in html

    data = {"name": "Chapel Hall", "street_address": "2 Chapel Street", "locality": "Cardiff", "country": "Wales"}
    chosen = _modal(editor.post(action, data))
    assert chosen["step"] == "chosen"
    venue = Venue.objects.get(name="Chapel Hall")
    assert chosen["result"]["id"] == str(venue.pk) and chosen["result"]["string"] == "Chapel Hall, Cardiff"
    assert venue.locale == Locale.get_default()

    # The event form then saves with the new venue, and readers see where it is.
    response = editor.post(
        _add_url(events_index),
        _form_data(format="in_person", venue=str(venue.pk), **{"action-publish": "publish"}),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert EventPage.objects.get(slug="forum").venue == venue
    assert "2 Chapel Street" in client.get(EventPage.objects.get(slug="forum").url).content.decode()


def test_an_editor_adds_a_speaker_from_the_programme_chooser(editor, events_index):
    event_form = editor.get(_add_url(events_index)).content.decode()
    html, action = _create_form(editor, _chooser_url(event_form, "person"))
    assert "New person" in html and 'name="role"' in html

    chosen = _modal(editor.post(action, {"name": "Dafydd Jones", "role": "Forum host", "organisation": "Tenants"}))
    person = Person.objects.get(name="Dafydd Jones")
    assert chosen["step"] == "chosen" and chosen["result"] == {
        "id": str(person.pk),
        "string": "Dafydd Jones",
        "edit_url": f"/admin/snippets/events/person/edit/{person.pk}/",
    }
    assert person.credit == "Forum host, Tenants"


def test_a_mistake_comes_back_on_its_field_with_what_was_typed(editor, events_index):
    event_form = editor.get(_add_url(events_index)).content.decode()
    _html, action = _create_form(editor, _chooser_url(event_form, "venue"))
    answer = _modal(editor.post(action, {"name": "", "locality": "Swansea", "map_url": "not a link"}))
    assert answer["step"] == "reshow_creation_form"
    form = answer["htmlFragment"]
    assert form.count("This field is required.") == 1 and "Enter a valid URL." in form
    assert 'value="Swansea"' in form and 'value="not a link"' in form
    assert not Venue.objects.exists()


def test_a_moderator_gets_no_new_venue_tab_and_cannot_post_one(django_user_model, events_index):
    moderator = _client(django_user_model, "mo", "Moderators")
    html, action = _create_form(moderator, "/admin/snippets/choose/events/venue/")
    assert action == "" and "New venue" not in html
    response = moderator.post("/admin/snippets/choose/events/venue/create/", {"name": "Sneaky Hall"})
    assert response.status_code in (302, 403)
    assert not Venue.objects.exists()
