"""Related stories: entries sharing tags and framework areas, most overlap first."""

import datetime

import pytest
from django.utils import timezone

from stories.models import StoryEntry

pytestmark = pytest.mark.django_db

START = timezone.make_aware(datetime.datetime(2024, 5, 1, 9))


def test_related_entries_are_ordered_by_overlap_then_newest(client, framework, make_story, make_case):
    x, y, z = (framework["areas"][slug] for slug in ("listening", "connect", "reach"))

    def day(n):
        return START + datetime.timedelta(days=n)

    base = make_story(title="Base", tags=["a", "b", "c"], framework_areas=[x, y], first_published_at=day(0))
    make_case(title="Shares five", tags=["a", "b", "c"], framework_areas=[x, y], first_published_at=day(1))
    make_story(title="Shares two, older", tags=["a"], framework_areas=[x], first_published_at=day(2))
    make_story(title="Shares two, newer", tags=["b", "c"], framework_areas=[z], first_published_at=day(5))
    make_story(title="Shares one", framework_areas=[y], first_published_at=day(9))
    make_story(title="Shares nothing", tags=["other"], framework_areas=[z], first_published_at=day(10))
    make_story(title="Shares all but unpublished", tags=["a", "b", "c"], framework_areas=[x, y], live=False)

    related = list(StoryEntry.objects.live().related_to(base))
    assert [entry.title for entry in related] == ["Shares five", "Shares two, newer", "Shares two, older", "Shares one"]
    assert [entry.overlap for entry in related] == [5, 2, 2, 1]

    html = client.get(base.url).content.decode()
    section = html.split('id="related-heading"', 1)[1]
    positions = [section.index(title) for title in ("Shares five", "Shares two, newer", "Shares two, older")]
    assert positions == sorted(positions)
    assert "Shares nothing" not in section
    assert "unpublished" not in section


def test_related_is_computed_in_one_query(django_assert_num_queries, framework, make_story):
    area = framework["areas"]["action"]
    base = make_story(tags=["t"], framework_areas=[area])
    for number in range(6):
        make_story(title=f"Other {number}", tags=["t"], framework_areas=[area])
    with django_assert_num_queries(1):
        related = list(StoryEntry.objects.live().related_to(base, limit=4))
    assert len(related) == 4


def test_page_without_neighbours_invites_browsing(client, make_story):
    story = make_story(title="Alone", tags=["unique"])
    html = client.get(story.url).content.decode()
    assert "Nothing closely related yet." in html
