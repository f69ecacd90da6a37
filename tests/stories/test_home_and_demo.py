"""The home page's latest stories, and the demo library."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Locale

from handbook.models import FrameworkArea, FrameworkValue
from stories.models import CaseStudyPage, StoryEntry, StoryIndexPage, StoryPage

pytestmark = pytest.mark.django_db


def test_home_shows_the_three_newest_entries(client, make_story, make_case):
    start = timezone.make_aware(datetime.datetime(2024, 1, 1))
    for day, title in enumerate(["Oldest", "Middle", "Newer", "Newest"]):
        make_story(title=title, first_published_at=start + datetime.timedelta(days=day))
    make_case(title="Draft case", live=False)
    html = client.get("/en/").content.decode()
    slot = html.split('id="home-stories"', 1)[1].split("</section>", 1)[0]
    assert [title in slot for title in ("Newest", "Newer", "Middle", "Oldest")] == [True, True, True, False]
    assert slot.index("Newest") < slot.index("Newer") < slot.index("Middle")
    assert "Draft case" not in slot
    assert 'href="/en/stories/">All stories and case studies</a>' in slot
    assert "empty-state" not in slot


def test_home_keeps_its_empty_state_without_stories(client, index):
    slot = client.get("/en/").content.decode().split('id="home-stories"', 1)[1].split("</section>", 1)[0]
    assert "Stories and case studies from the networks will be shared here." in slot


def _snapshot():
    return (
        list(StoryEntry.objects.order_by("path").values_list("path", "title", "completeness", "live")),
        sorted(StoryEntry.tags.through.objects.values_list("content_object_id", "tag__name")),
        sorted(StoryEntry.framework_areas.through.objects.values_list("storyentry_id", "frameworkarea__slug")),
    )


def test_demo_library_is_broad_idempotent_and_browsable(client):
    call_command("load_demo_content")
    first = _snapshot()
    call_command("load_demo_content")
    assert _snapshot() == first

    # The demo also translates the index and one story: these checks are about the English library.
    english = Locale.get_default()
    index = StoryIndexPage.objects.get(locale=english)
    assert index.show_in_menus
    entries = StoryEntry.objects.live().filter(locale=english).specific()
    assert len(entries) >= 12
    assert StoryPage.objects.filter(locale=english).count() >= 5
    assert CaseStudyPage.objects.filter(locale=english).count() >= 5
    used_areas = set(StoryEntry.framework_areas.through.objects.values_list("frameworkarea__slug", flat=True))
    used_values = set(StoryEntry.framework_values.through.objects.values_list("frameworkvalue__slug", flat=True))
    assert used_areas == set(FrameworkArea.objects.values_list("slug", flat=True))
    assert used_values == set(FrameworkValue.objects.values_list("slug", flat=True))
    assert {entry.completeness for entry in entries} == {"needs-detail", "complete", "reviewed"}
    for entry in entries:
        assert entry.tags.exists(), entry.title
        assert entry.first_published_at is not None
        if entry.lead_image_id:
            assert len(entry.lead_image_alt) > 30, entry.title
    for url in ("/en/stories/", "/en/stories/?area=listening", "/en/stories/tags/", entries[0].url):
        assert client.get(url).status_code == 200, url
