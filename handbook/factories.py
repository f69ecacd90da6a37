"""Factories for handbook, glossary and framework objects. Tests and the demo loader use them."""

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from .models import FrameworkArea, FrameworkPage, FrameworkValue, GlossaryTerm, HandbookIndexPage, HandbookPage


class _FacetFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Facet {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    summary = factory.LazyAttribute(lambda o: f"What {o.name.lower()} means in practice.")
    sort_order = factory.Sequence(int)
    locale = factory.LazyFunction(Locale.get_default)


class FrameworkAreaFactory(_FacetFactory):
    class Meta:
        model = FrameworkArea


class FrameworkValueFactory(_FacetFactory):
    class Meta:
        model = FrameworkValue


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    term = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.term))
    short_definition = factory.LazyAttribute(lambda o: f"What people mean when they say {o.term}.")
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = GlossaryTerm


class HandbookIndexPageFactory(wagtail_factories.PageFactory):
    title = "Handbook"
    slug = "handbook"
    introduction = "How our networks work, in our own words."
    show_in_menus = True

    class Meta:
        model = HandbookIndexPage


class HandbookPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Handbook section {n}")
    introduction = "A short introduction to this section."
    body = factory.LazyFunction(list)

    class Meta:
        model = HandbookPage


class FrameworkPageFactory(wagtail_factories.PageFactory):
    title = "Framework"
    slug = "framework"
    introduction = "Eight areas of practice and four values that run through them."
    show_in_menus = True

    class Meta:
        model = FrameworkPage
