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


def times_from(start: datetime.datetime, hours: float = 2) -> dict:
    """An event's date and time fields for one that starts at ``start`` (to the minute)."""
    end = start + datetime.timedelta(hours=hours)
    return {
        "start_date": start.date(),
        "start_time": start.time().replace(second=0, microsecond=0),
        "end_date": end.date(),
        "end_time": end.time().replace(second=0, microsecond=0),
    }


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
