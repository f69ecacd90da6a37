"""Factories for events, used by the tests, the benchmark and the demo loader."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from .models import EventIndexPage, EventPage, Organisation, Person, Venue


class VenueFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Community hall {n}")
    street_address = "1 Market Street"
    locality = "Leeds"
    postal_code = "LS1 1AA"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Venue


class PersonFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Speaker {n}")
    role = "Organiser"
    organisation = "A neighbourhood network"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = Person


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Network {n}")

    class Meta:
        model = Organisation
        django_get_or_create = ("name",)


class EventIndexPageFactory(wagtail_factories.PageFactory):
    title = "Events"
    slug = "events"
    introduction = "Forums, workshops and gatherings."

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """An online event a month ahead, 18:00–19:30 in the site's default zone."""

    title = factory.Sequence(lambda n: f"Event {n}")
    summary = "An evening of sharing what works."
    format = "online"
    start_date = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=30))
    start_time = datetime.time(18, 0)
    end_time = datetime.time(19, 30)
    body = factory.LazyFunction(list)
    programme = factory.LazyFunction(list)

    class Meta:
        model = EventPage


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
            start_date=datetime.date.today() + datetime.timedelta(days=i % 300 - 20),
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
