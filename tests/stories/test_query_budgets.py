"""Query budgets: the library's pages cost the same at 10 and 500 entries, and at most 12."""

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from stories.factories import StoryPageFactory
from stories.models import StoryEntry, TaggedStory
from tests.query_counts import COLD_BUDGET

pytestmark = pytest.mark.django_db

BUDGETS = {"index": "story library", "search": "story library", "tag": "story library", "entry": "story"}


@pytest.fixture
def grow(framework, index):
    """Add stories with a picture until there are n, then tag and classify them in bulk (fast).

    Every card has a picture, so every page of results costs its renditions query."""
    picture = Image.objects.create(title="Ring", file=get_test_image_file())
    areas, values = list(framework["areas"].values()), list(framework["values"].values())
    through_areas = StoryEntry.framework_areas.through
    through_values = StoryEntry.framework_values.through

    def add(n):
        count = StoryEntry.objects.count()
        # Indexing each page for search is what makes 500 pages slow; these are never searched for.
        no_indexing = {"default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}
        with override_settings(WAGTAILSEARCH_BACKENDS=no_indexing):
            new = [StoryPageFactory(parent=index, title=f"Story {i}", slug=f"story-{i}") for i in range(count, n)]
        StoryEntry.objects.filter(pk__in=[page.pk for page in new]).update(lead_image=picture, lead_image_alt="A ring")
        from taggit.models import Tag

        tags = [Tag.objects.get_or_create(name=f"t{i}", slug=f"t{i}")[0] for i in range(5)]
        TaggedStory.objects.bulk_create(
            [TaggedStory(content_object=page, tag=tags[k]) for page in new for k in (page.pk % 5, (page.pk + 1) % 5)]
        )
        through_areas.objects.bulk_create(
            [through_areas(storyentry_id=page.pk, frameworkarea_id=areas[page.pk % 8].pk) for page in new]
        )
        through_values.objects.bulk_create(
            [through_values(storyentry_id=page.pk, frameworkvalue_id=values[page.pk % 4].pk) for page in new]
        )

    return add


def test_library_pages_cost_the_same_at_10_and_500_entries(client, home_page, index, grow, query_budget, framework):
    featured = StoryPageFactory(
        parent=index,
        slug="featured",
        title="Featured",
        tags=["t0", "t1"],
        framework_areas=[framework["areas"]["organise"]],
        framework_values=[framework["values"]["participation"]],
        lead_image=Image.objects.create(title="Chairs", file=get_test_image_file()),
        lead_image_alt="Chairs in a ring",
    )
    urls = {
        "index": "/en/stories/?tag=t1&area=organise&value=participation&kind=story&sort=title",
        "search": "/en/stories/?q=featured&tag=t1&area=organise",
        "tag": "/en/stories/tags/t1/",
        "entry": featured.url,
    }

    def measure():
        return {name: query_budget(url, COLD_BUDGET[BUDGETS[name]]) for name, url in urls.items()}

    grow(10)
    small = measure()
    grow(500)
    large = measure()
    assert StoryEntry.objects.count() == 500
    assert ">Featured</a>" in client.get(urls["search"]).content.decode()
    assert small == large, f"query counts grew with the library: {small} -> {large}"
