"""Factories for the home app."""

import factory
import wagtail_factories

from .models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Welcome"
    slug = factory.Sequence(lambda n: f"home-{n}")
    introduction = "A place where self-organised networks share how they work."

    class Meta:
        model = HomePage
