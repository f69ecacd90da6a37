"""Small mixins that make up ``BasePage``, the abstract page every app's pages extend."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page


class SocialMetaMixin(models.Model):
    """An image and summary for link previews (OpenGraph) and listings."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Shown when the page is shared on social media. 1200×630 works best.",
    )

    promote_panels = [
        MultiFieldPanel(
            [FieldPanel("slug"), FieldPanel("seo_title"), FieldPanel("search_description")],
            heading="For search engines",
        ),
        MultiFieldPanel(
            [FieldPanel("show_in_menus"), FieldPanel("social_image")],
            heading="Menus and sharing",
        ),
    ]

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        return self.search_description or ""


class BasePage(SocialMetaMixin, Page):
    """Abstract base for every page type on the site.

    Wagtail idiom: an abstract ``Page`` subclass adds no table of its own; each concrete page
    type inherits its fields and panels. Put behaviour every page needs here, and nothing else.
    """

    promote_panels = SocialMetaMixin.promote_panels

    class Meta:
        abstract = True
