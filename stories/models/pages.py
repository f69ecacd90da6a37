"""The two kinds of entry: a story told in the teller's voice, and a structured case study."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import StandardStreamBlock

from .entry import StoryEntry


class StoryPage(StoryEntry):
    """A narrative: what happened, told by someone who was there."""

    body = StreamField(StandardStreamBlock(), blank=True, help_text=_("The story, in the teller's own words."))

    content_panels = (
        StoryEntry.content_panels + StoryEntry.shared_panels + [FieldPanel("body")] + StoryEntry.classification_panels
    )
    search_fields = StoryEntry.search_fields + [index.SearchField("body")]
    api_fields = StoryEntry.api_fields + [APIField("body")]

    is_creatable = True
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types: list[str] = []
    template = "stories/story_page.html"

    class Meta:
        verbose_name = _("story")


# The structured sections of a case study, in reading order: (field name, heading).
CASE_STUDY_SECTIONS = [
    ("context", _("Context and problem")),
    ("what_was_done", _("What was done")),
    ("who_took_part", _("Who took part")),
    ("outcomes", _("Outcomes")),
    ("lessons", _("What was learned")),
    ("do_differently", _("What they would do differently")),
    ("resources", _("Resources")),
]


class CaseStudyPage(StoryEntry):
    """A structured record that can be compared with others.

    Every section is plain text (``TextField``), so the member submission form (issue 6) can
    fill it directly and nothing a member types is ever rendered as HTML.
    """

    period = models.CharField(max_length=80, blank=True, help_text=_("When it happened, e.g. 'Spring 2023 to 2024'."))
    organisations = models.TextField(
        max_length=1000, blank=True, help_text=_("Groups and organisations involved, one per line.")
    )
    context = models.TextField(_("context and problem"), max_length=4000)
    what_was_done = models.TextField(_("what was done"), max_length=6000)
    who_took_part = models.TextField(_("who took part"), max_length=3000, blank=True)
    outcomes = models.TextField(max_length=4000, blank=True)
    lessons = models.TextField(_("what was learned"), max_length=4000, blank=True)
    do_differently = models.TextField(_("what they would do differently"), max_length=3000, blank=True)
    resources = models.TextField(
        max_length=3000, blank=True, help_text=_("Tools, templates or links that helped, one per line.")
    )

    content_panels = (
        StoryEntry.content_panels
        + StoryEntry.shared_panels
        + [
            MultiFieldPanel([FieldPanel("period"), FieldPanel("organisations")], heading=_("When and who")),
            MultiFieldPanel([FieldPanel(name) for name, _label in CASE_STUDY_SECTIONS], heading=_("The case")),
        ]
        + StoryEntry.classification_panels
    )
    search_fields = (
        StoryEntry.search_fields
        + [index.SearchField(name) for name, _label in CASE_STUDY_SECTIONS]
        + [index.SearchField("organisations")]
    )
    api_fields = StoryEntry.api_fields + [
        APIField("period"),
        APIField("organisation_list"),
        *[APIField(name) for name, _label in CASE_STUDY_SECTIONS],
    ]

    is_creatable = True
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types: list[str] = []
    template = "stories/case_study_page.html"

    class Meta:
        verbose_name = _("case study")

    @property
    def sections(self) -> list[dict]:
        """The filled-in sections, each with an anchor id, heading and text."""
        return [
            {"id": name.replace("_", "-"), "heading": label, "text": getattr(self, name)}
            for name, label in CASE_STUDY_SECTIONS
            if getattr(self, name).strip()
        ]

    @property
    def organisation_list(self) -> list[str]:
        return [line.strip() for line in self.organisations.splitlines() if line.strip()]
