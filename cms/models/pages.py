"""Standard content pages such as "About"."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import StandardStreamBlock

from .mixins import BasePage


class StandardPage(BasePage):
    """A general page ("About", "Accessibility", "Privacy") built from the shared blocks."""

    introduction = models.TextField(blank=True, max_length=600, help_text="One or two sentences under the title.")
    body = StreamField(StandardStreamBlock(), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]
    template = "cms/standard_page.html"
    search_result_kind = _("Page")  # what site search calls it (cms/search.py)

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction
