"""Factories for the shared page types and settings. Tests and the demo loader both use them."""

import factory
import wagtail_factories

from .models import StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "A short introduction to this page."
    body = factory.LazyFunction(list)

    class Meta:
        model = StandardPage
