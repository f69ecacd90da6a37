"""A story as a response to an event: the thank-you email links to the case-study form with the
event ticked (``?event=``), and the story the editors approve lists it among its related events.
Addresses that name no published, public event are ignored quietly."""

import re
import uuid
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.test import Client
from wagtail.models import Locale

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Registrant
from events.registration import emails
from members.models import Submission
from stories.models import CaseStudyPage

from .test_moderation import _act, _client
from .test_share_story import _checked

pytestmark = pytest.mark.django_db

FORM = "/en/members/submissions/new/"


@pytest.fixture
def forum(home_page):
    index = EventIndexPageFactory(parent=home_page, slug="events")
    return EventPageFactory(parent=index, slug="spring-forum", title="Spring forum")


def _thank_you_link(page, address) -> str:
    registrant = Registrant.objects.create(page=page, name="Ama", email=address, status="confirmed", language="en")
    mail.outbox.clear()
    emails.send(registrant, "thanks")
    (message,) = mail.outbox
    return re.search(r"http://localhost(/en/members/submissions/new/\S*)", message.body).group(1)


def test_the_thank_you_link_ticks_the_event_and_the_approved_story_responds_to_it(
    stories_index, forum, member, moderator, form_data
):
    link = _thank_you_link(forum, member.email)
    assert link == f"{FORM}?event={forum.pk}"
    client = _client(member)
    html = client.get(link).content.decode()
    assert _checked(html, "related_events") == {"Spring forum"}
    assert "The event this responds to" in html

    assert client.post(link, form_data(related_events=[forum.pk])).status_code == 302
    submission = Submission.objects.get()
    assert list(submission.related_events.all()) == [forum]
    page = CaseStudyPage.objects.get()
    _act(_client(moderator), page, "approve")
    page.refresh_from_db()
    assert page.live and list(page.related_events.all()) == [forum]
    assert "Responses and stories from this event" in Client().get(forum.url).content.decode()


def test_a_new_visitor_keeps_the_event_through_signing_in(stories_index, forum):
    link = _thank_you_link(forum, "new@example.org")
    response = Client().get(link)
    assert response.status_code == 302
    assert parse_qs(urlsplit(response["Location"]).query)["next"] == [link]


def test_unticking_the_event_leaves_the_story_without_it(stories_index, forum, member, form_data):
    client = _client(member)
    client.get(f"{FORM}?event={forum.pk}")
    assert client.post(f"{FORM}?event={forum.pk}", form_data()).status_code == 302
    assert not Submission.objects.get().related_events.exists()


def test_the_event_may_be_named_by_its_translation_key_and_a_translation_means_the_original(
    stories_index, forum, member
):
    welsh = forum.copy_for_translation(Locale.objects.get_or_create(language_code="cy")[0], copy_parents=True)
    welsh.save_revision().publish()
    client = _client(member)
    for value in (str(forum.translation_key), str(welsh.pk)):
        html = client.get(f"{FORM}?event={value}").content.decode()
        assert _checked(html, "related_events") == {"Spring forum"}, value
        assert f'name="related_events" value="{forum.pk}"' in html
        assert f'name="related_events" value="{welsh.pk}"' not in html


def test_an_address_naming_no_public_event_is_ignored(stories_index, forum, member, home_page, form_data):
    draft = EventPageFactory(parent=forum.get_parent(), slug="draft", title="Draft event", live=False)
    client = _client(member)
    values = ["", "nope", "0", "999999", "9" * 40, "²", "-1", str(uuid.uuid4()), str(draft.pk), "1 OR 1=1"]
    for value in values:
        response = client.get(FORM, {"event": value})
        assert response.status_code == 200, value
        assert "The event this responds to" not in response.content.decode(), value
    # A tampered form sending an event that is not offered saves the rest and links nothing.
    assert client.post(FORM, form_data(related_events=[draft.pk, "x"])).status_code == 302
    assert not Submission.objects.get().related_events.exists()


def test_a_welsh_reader_sees_the_event_named_in_welsh_and_the_story_links_the_original(stories_index, forum, member):
    welsh = forum.copy_for_translation(Locale.objects.get_or_create(language_code="cy")[0], copy_parents=True)
    welsh.title = "Fforwm y gwanwyn"
    welsh.save_revision().publish()
    html = _client(member).get(f"/cy/members/submissions/new/?event={welsh.pk}").content.decode()
    assert _checked(html, "related_events") == {"Fforwm y gwanwyn"}
    assert f'name="related_events" value="{forum.pk}"' in html
