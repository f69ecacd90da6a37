"""Factories for handbook, glossary and framework objects."""

import factory
from django.utils.text import slugify
from wagtail.models import Locale

from .models import FrameworkArea, FrameworkValue


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
