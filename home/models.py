"""The home page: a welcome, and slots for the handbook, upcoming events and latest stories."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from cms.models import BasePage, LeadImageFields


class HomePage(LeadImageFields, BasePage):
    """Opens with a statement, an image (the lead image) and two actions: an event, your story."""

    introduction = models.TextField(
        max_length=600, help_text="A welcome of one or two sentences, shown large under the title."
    )
    body = RichTextField(features=["bold", "italic", "link", "ul", "ol"], blank=True)
    call_to_action_text = models.CharField(max_length=80, blank=True)
    call_to_action_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        LeadImageFields.lead_image_panel,
        FieldPanel("body"),
        FieldPanel("call_to_action_text"),
        FieldPanel("call_to_action_page"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "cms.StandardPage",
        "handbook.HandbookIndexPage",
        "handbook.FrameworkPage",
        "events.EventIndexPage",
        "stories.StoryIndexPage",
        "members.JoinPage",
    ]
    template = "home/home_page.html"

    def clean(self):
        super().clean()
        if errors := self.lead_image_errors():
            raise ValidationError(errors)

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction
