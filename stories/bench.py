"""Bulk content and benchmark targets for `make bench`: 1,000 stories and case studies."""

from django.apps import apps
from django.db import transaction

from cms.demo_tools import Progress

from .factories import CaseStudyPageFactory, StoryPageFactory
from .models import CaseStudyPage, StoryEntry, StoryIndexPage, StoryPage

COUNT = 1000
TAGS = ["peer support", "forums", "organising", "listening", "mutual aid", "campaigns", "care", "housing"]


def load_bulk(progress: Progress) -> None:
    index = StoryIndexPage.objects.first()
    if index is None or StoryEntry.objects.filter(slug__startswith="bulk-").exists():
        return
    areas = list(apps.get_model("handbook", "FrameworkArea").objects.all())
    values = list(apps.get_model("handbook", "FrameworkValue").objects.all())
    with transaction.atomic():
        for i in range(COUNT):
            factory = CaseStudyPageFactory if i % 2 else StoryPageFactory
            factory(
                parent=index,
                title=f"Bulk {'case study' if i % 2 else 'story'} {i}",
                slug=f"bulk-{i}",
                place=["Leeds", "Cardiff", "Glasgow", "Belfast", "Norwich"][i % 5],
                tags=[TAGS[i % len(TAGS)], TAGS[(i + 3) % len(TAGS)]],
                framework_areas=[areas[i % len(areas)]] if areas else [],
                framework_values=[values[i % len(values)]] if values else [],
            )
            if i % 200 == 199:
                progress.made(f"{i + 1} bulk stories and case studies", created=True)


def targets():
    index = StoryIndexPage.objects.live().first()
    story = StoryPage.objects.live().exclude(slug__startswith="bulk-").first()
    case = CaseStudyPage.objects.live().exclude(slug__startswith="bulk-").first()
    found = []
    if index:
        found.append(("story index, tag filter", f"{index.url}?tag=peer-support"))
    if story:
        found.append(("a story", story.url))
    if case:
        found.append(("a case study", case.url))
    return found
