"""The Social Action Hub framework: eight areas of practice and four cross-cutting values.

Areas and values are translatable snippets (see docs/decisions/0003-framework-as-snippets.md):
a small fixed vocabulary that stories, case studies, events and handbook pages point at with
many-to-many fields, and that the framework page shows, each at its own URL.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class FrameworkFacet(TranslatableMixin, index.Indexed, models.Model):
    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, help_text="Used in the address, e.g. /framework/listening/.")
    summary = models.TextField(max_length=400, help_text="One or two sentences: what this is about.")
    sort_order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("summary"), FieldPanel("sort_order")]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("summary"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class FrameworkArea(FrameworkFacet):
    """One of the eight areas of practice (Change, Action, Strategy, …)."""

    class Meta(FrameworkFacet.Meta):
        verbose_name = "framework area"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]


class FrameworkValue(FrameworkFacet):
    """One of the four values that run across every area (Participation, Accountability, …)."""

    class Meta(FrameworkFacet.Meta):
        verbose_name = "framework value"
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
