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
