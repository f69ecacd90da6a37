"""Factories for the stories library. Tests and the demo loader both use them."""

import factory
import wagtail_factories
from django.utils import timezone

from .models import CaseStudyPage, StoryIndexPage, StoryPage


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Stories"
    slug = "stories"
    introduction = "What networks tried, and what happened."

    class Meta:
        model = StoryIndexPage


class _EntryFactory(wagtail_factories.PageFactory):
    summary = factory.LazyAttribute(lambda o: f"A short account of {o.title.lower()}.")
    place = ""
    # Pages made by a factory are live but never went through publish(): give them the dates
    # publishing would have set, so "newest first" and the feeds have something to sort by.
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    @factory.post_generation
    def classify(obj, create, extracted, **kwargs):
        """Tags, areas and values given as ``tags=[…]``, ``framework_areas=[…]``, ``framework_values=[…]``.

        They are parental relations, held in memory until the page is saved: one save for all.
        """
        tags, areas, values = obj._classify
        if tags:
            obj.tags.add(*tags)
        if areas:
            obj.framework_areas.set(areas)
        if values:
            obj.framework_values.set(values)
        if tags or areas or values:
            obj.save()

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        classify = (kwargs.pop("tags", None), kwargs.pop("framework_areas", None), kwargs.pop("framework_values", None))
        page = super()._create(model_class, *args, **kwargs)
        page._classify = classify
        return page


class StoryPageFactory(_EntryFactory):
    title = factory.Sequence(lambda n: f"Story {n}")
    body = factory.LazyFunction(list)

    class Meta:
        model = StoryPage
        skip_postgeneration_save = True  # ``classify`` saves only when it has something to add


class CaseStudyPageFactory(_EntryFactory):
    title = factory.Sequence(lambda n: f"Case study {n}")
    context = "A group wanted to change how things were done locally."
    what_was_done = "They met, planned and acted together."

    class Meta:
        model = CaseStudyPage
        skip_postgeneration_save = True
