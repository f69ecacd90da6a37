"""Fixtures for the events tests: an events index under the home page, and quick event makers."""

import datetime

import pytest
from django.utils import timezone

from events.factories import EventIndexPageFactory, EventPageFactory, OrganisationFactory, VenueFactory


@pytest.fixture
def events_index(home_page):
    return EventIndexPageFactory(parent=home_page, show_in_menus=True)


@pytest.fixture
def make_event(events_index):
    """Create a live event under the index; ``tags``/``organisers``/``areas`` set after creation."""

    def make(*, tags=(), organisers=(), areas=(), **fields):
        page = EventPageFactory(parent=events_index, **fields)
        if tags or organisers or areas:
            page.tags.add(*tags)
            page.organisers.set(organisers)
            page.framework_areas.set(areas)
            page.save()
        return page

    return make


@pytest.fixture
def venue(db):
    return VenueFactory(name="Canal Street Hall", street_address="14 Canal Street", locality="Manchester")


@pytest.fixture
def organisation(db):
    return OrganisationFactory(name="Tenants Together", website="https://tenants.example.org")


def local_now(zone="Europe/London"):
    from zoneinfo import ZoneInfo

    return timezone.now().astimezone(ZoneInfo(zone))


def days_ahead(days: int) -> datetime.date:
    return local_now().date() + datetime.timedelta(days=days)


def publish(page, **changes):
    """Edit a page the way the admin does: a new revision, then publish it."""
    for name, value in changes.items():
        setattr(page, name, value)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


def bulk_events(index, count: int, *, venue=None, tag=None):
    """Add ``count`` live events under ``index`` quickly (for query-count tests at scale).

    The factories go through the full tree and validation machinery (about 40 queries per page);
    here the tree rows are computed and inserted in bulk, then each event row is added.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    from events.models import EventPage, EventPageTag

    index.refresh_from_db()
    content_type = ContentType.objects.get_for_model(EventPage)
    first = index.numchild + 1
    pages = []
    for offset in range(count):
        position = first + offset
        slug = f"bulk-{position}"
        pages.append(
            Page(
                path=Page._get_path(index.path, index.depth + 1, position),
                depth=index.depth + 1,
                numchild=0,
                title=f"Bulk event {position}",
                draft_title=f"Bulk event {position}",
                slug=slug,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                live=True,
            )
        )
    Page.objects.bulk_create(pages)
    events = []
    for page, offset in zip(
        Page.objects.filter(path__in=[p.path for p in pages]).order_by("path"), range(count), strict=True
    ):
        i = first + offset
        event = EventPage(
            page_ptr=page,
            **{f.attname: getattr(page, f.attname) for f in Page._meta.concrete_fields},
            summary="A gathering added in bulk.",
            format="hybrid" if i % 2 else "online",
            venue=venue if i % 2 else None,
            start_date=days_ahead(i % 300 - 20),
            start_time=datetime.time(18, 0),
            end_time=datetime.time(19, 30),
            repeat="weekly" if i % 7 == 0 else "",
            repeat_count=5 if i % 7 == 0 else None,
        )
        event.compute_bounds()
        event.save_base(raw=True)
        events.append(event)
    if tag is not None:
        EventPageTag.objects.bulk_create(
            [EventPageTag(content_object_id=e.pk, tag=tag) for i, e in enumerate(events) if i % 3 == 0]
        )
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    index.refresh_from_db()
    return events
