"""RSS and Atom feeds: valid, newest first, filtered by tag, and free of personal data."""

import datetime

import feedparser
import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2024, 2, 1, 9))


@pytest.fixture
def feed_entries(make_story, make_case):
    make_story(
        title="Older story",
        summary="Told first.",
        tags=["food"],
        credit_name="Jo Private",
        first_published_at=START,
    )
    make_case(title="Newer case", summary="Told later.", tags=["transport"], first_published_at=START.replace(day=9))
    make_story(title="Draft story", tags=["food"], live=False)


@pytest.mark.parametrize(("path", "version"), [("feed/rss/", "rss20"), ("feed/atom/", "atom10")])
def test_feeds_are_valid_and_newest_first(client, feed_entries, path, version):
    response = client.get(f"/en/stories/{path}")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == version
    assert feed.feed.title == "Stories"
    assert [entry.title for entry in feed.entries] == ["Newer case", "Older story"]
    older = feed.entries[1]
    assert older.link == "http://localhost/en/stories/older-story/"
    assert "Told first." in older.summary
    assert [tag.term for tag in older.tags] == ["food"]


def test_feeds_carry_no_personal_data(client, feed_entries):
    for path in ("feed/rss/", "feed/atom/", "tags/food/feed/rss/"):
        response = client.get(f"/en/stories/{path}")
        body = response.content.decode()
        assert "Jo Private" not in body
        assert "@" not in body.replace("xmlns", "")
        for entry in feedparser.parse(response.content).entries:
            assert entry.get("author") == "Test Hub"  # the site, never the member


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_meet_the_feed_validator_rules(client, feed_entries, kind):
    """Author on the feed and every entry (required by Atom), a self link, the language,
    absolute links, dates, and ids that are unique and the same on every request."""
    url = f"/en/stories/feed/{kind}/"
    feed = feedparser.parse(client.get(url).content)
    assert feed.bozo == 0
    if kind == "atom":  # RSS 2.0 has no feed author, only the managing editor's email
        assert feed.feed.author == "Test Hub"
    assert feed.feed.language == "en"
    assert [link.href for link in feed.feed.links if link.rel == "self"] == [f"http://localhost{url}"]
    ids = [entry.id for entry in feed.entries]
    assert len(set(ids)) == len(ids) == 2
    assert ids == [entry.id for entry in feedparser.parse(client.get(url).content).entries]
    for entry in feed.entries:
        assert entry.author == "Test Hub"
        assert entry.link.startswith("http://") and entry.id.startswith("urn:uuid:")  # host-independent ids
        assert entry.published_parsed or entry.updated_parsed


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_tag_feeds_only_carry_that_tag(client, feed_entries, kind):
    feed = feedparser.parse(client.get(f"/en/stories/tags/food/feed/{kind}/").content)
    assert feed.bozo == 0
    assert "food" in feed.feed.title
    assert [entry.title for entry in feed.entries] == ["Older story"]


def test_unknown_tag_feed_is_not_found(client, feed_entries):
    assert client.get("/en/stories/tags/nope/feed/rss/").status_code == 404
