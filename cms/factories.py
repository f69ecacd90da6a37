"""Factories for the shared page types, settings and images. Tests and the demo loader both use them."""

import factory
import wagtail_factories
from django.core.files.base import ContentFile

from .drawings import rasterise
from .models import ImageCredit, Licence, StandardPage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    introduction = "A short introduction to this page."
    body = factory.LazyFunction(list)

    class Meta:
        model = StandardPage


class DrawingFactory(wagtail_factories.ImageFactory):
    """A Wagtail image rasterised from one of the demo's SVG scenes (``scene``, cms/demo_drawings/)."""

    title = factory.Sequence(lambda n: f"Drawing {n}")

    class Params:
        scene = "circle-meeting"

    file = factory.LazyAttribute(lambda o: ContentFile(rasterise(o.scene), name=f"demo-{o.scene}.png"))


class ImageCreditFactory(factory.django.DjangoModelFactory):
    image = factory.SubFactory(DrawingFactory)
    author = "Social Action Hub contributors"
    licence = Licence.CC_BY

    class Meta:
        model = ImageCredit
