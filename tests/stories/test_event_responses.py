"""A story can respond to an event: the story lists the event, the event lists its responses."""

import datetime

import pytest

from events.factories import EventIndexPageFactory, EventPageFactory
from tests.query_counts import COLD_BUDGET, count_queries

pytestmark = pytest.mark.django_db


@pytest.fixture
def events_index(home_page):
    return EventIndexPageFactory(parent=home_page, slug="events")


def _event(events_index, slug, title):
    return EventPageFactory(parent=events_index, slug=slug, title=title, start_date=datetime.date(2026, 3, 12))


def test_story_and_event_point_at_each_other(client, make_story, events_index):
    forum = _event(events_index, "spring-forum", "Spring forum")
    story = make_story(title="What the forum taught us", slug="forum-lessons")
    story.related_events.set([forum])
    story.save_revision().publish()

    story_html = client.get(story.url).content.decode()
    assert "Related events" in story_html
    assert f'<a href="{forum.url}">Spring forum</a>' in story_html
    assert "12 March 2026" in story_html

    event_html = client.get(forum.url).content.decode()
    assert "Responses and stories from this event" in event_html
    assert f'<a href="{story.url}">What the forum taught us</a>' in event_html


def test_unpublished_responses_are_not_listed(client, make_story, events_index):
    forum = _event(events_index, "forum", "Forum")
    draft = make_story(title="Still a draft", slug="draft-story", live=False)
    draft.related_events.set([forum])
    draft.save()
    assert "Still a draft" not in client.get(forum.url).content.decode()


def test_pages_stay_within_budget_with_many_links(client, make_story, events_index):
    forum = _event(events_index, "forum", "Forum")
    story = make_story(title="Story", slug="story")
    story.related_events.set([forum])
    story.save()
    small = (count_queries(client, story.url), count_queries(client, forum.url))
    for i in range(15):
        other = _event(events_index, f"event-{i}", f"Event {i}")
        response = make_story(title=f"Response {i}", slug=f"response-{i}")
        response.related_events.set([forum, other])
        response.save()
        story.related_events.add(other)
    story.save()
    large = (count_queries(client, story.url), count_queries(client, forum.url))
    assert small == large
    assert max(large) <= max(COLD_BUDGET["story"], COLD_BUDGET["event"]), large
