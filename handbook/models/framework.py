"""The Social Action Hub framework: eight areas of practice and four cross-cutting values.

Areas and values are translatable snippets (see docs/decisions/0003-framework-as-snippets.md):
a small fixed vocabulary that stories, case studies, events and handbook pages point at with
many-to-many fields, and that the framework page shows, each at its own URL.

Areas and values keep drafts, revisions, locks and a preview (``cms.models.drafts``): readers
see only published ones (``.live()``; ``in_language_of`` and ``same_facet``, which other apps
use, read only published ones too). The preview is the facet's page on the framework page.
"""

from django.db import models
from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import Coalesce
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index

from cms.admin_forms import LocaleUniqueForm
from cms.models.drafts import SCHEDULE_PANEL, LiveQuerySet


class PracticeBlock(blocks.StructBlock):
    """One practice in an area or value: a short line, with an optional sentence of detail."""

    text = blocks.CharBlock(
        max_length=200, help_text="The practice in a few words, e.g. 'Map what people already have'."
    )
    detail = blocks.TextBlock(required=False, max_length=600, help_text="Optional: what it looks like in practice.")

    class Meta:
        icon = "tick"
        template = "handbook/blocks/practice.html"
        preview_value = {"text": "Listen before you plan", "detail": "Ask people what they need first."}
        description = "A practice that belongs to this area or value."


class FrameworkFacetQuerySet(LiveQuerySet):
    """Facets as a reader of another language sees them.

    Wagtail idiom: wagtail-localize copies a page's many-to-many links to its translation
    unchanged, so a Welsh story still points at the *English* areas; each area's Welsh
    translation is a separate row sharing its ``translation_key``. These methods follow that key
    inside the same SQL query (subqueries), never one query per facet.
    """

    def in_language_of(self, locale_id):
        """Published facets, annotated with ``local_name`` / ``local_slug``: the published
        translation's in ``locale_id``, or the facet's own when it is not translated yet (clear
        fallback: the original label)."""
        translated = self.model.objects.live().filter(locale_id=locale_id, translation_key=OuterRef("translation_key"))
        return self.live().annotate(
            local_name=Coalesce(Subquery(translated.values("name")[:1]), F("name")),
            local_slug=Coalesce(Subquery(translated.values("slug")[:1]), F("slug")),
        )

    def with_stable_slug(self):
        """Annotated with ``stable_slug``: the slug of the facet's original (first-created) row,
        which keys its illustration (``handbook.illustrations``) in every language."""
        originals = self.model.objects.filter(translation_key=OuterRef("translation_key")).order_by("pk")
        return self.annotate(stable_slug=Subquery(originals.values("slug")[:1]))

    def same_facet(self, slug: str):
        """Every language's published version of the facet whose slug (in any language) is ``slug``."""
        keys = self.model.objects.live().filter(slug=slug).values("translation_key")
        return self.live().filter(translation_key__in=keys)


class FrameworkFacet(
    PreviewableMixin, DraftStateMixin, LockableMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model
):
    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=80, help_text="Used in the address, e.g. /framework/listening/.")
    summary = models.TextField(max_length=400, help_text="One or two sentences: what this is about.")
    sort_order = models.PositiveSmallIntegerField(default=0, help_text="Lower numbers come first.")
    introduction = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="A few paragraphs shown on this area's or value's own page.",
    )
    practices = StreamField(
        [("practice", PracticeBlock())],
        blank=True,
        help_text="The practices that make up this area or value, in the order readers should meet them.",
    )

    base_form_class = LocaleUniqueForm
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("practices"),
        FieldPanel("sort_order"),
        SCHEDULE_PANEL,
    ]
    objects = FrameworkFacetQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("summary"),
        index.SearchField("introduction"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name

    @property
    def kind(self) -> str:
        """'area' or 'value': which half of the framework this belongs to (used in templates)."""
        return "area" if isinstance(self, FrameworkArea) else "value"

    def serve_preview(self, request, mode_name):
        """This area's or value's page as readers will see it, from the framework page."""
        from .framework_page import FrameworkPage

        pages = FrameworkPage.objects.order_by("-live", "pk")
        page = pages.filter(locale_id=self.locale_id).first() or pages.first()
        if page is None:
            return super().serve_preview(request, mode_name)
        return page.render_facet(request, self)

    def get_preview_template(self, request, mode_name):
        return "handbook/previews/no_framework_page.html"

    def pointing_pages(self, limit: int = 50) -> list[tuple[str, list]]:
        """Live pages of every type that point at this facet, grouped by page type.

        Generic on purpose: it walks the reverse relations Django knows about
        (``_meta.related_objects``), so when the events or stories apps add a
        ``ParentalManyToManyField("handbook.FrameworkArea")`` their pages appear here
        without this app importing them. One query per relation, however many pages.
        """
        from wagtail.models import Page

        # Pages in this facet's language that point at any language's version of it (a
        # translated page keeps its original's links).
        groups = []
        for rel in type(self)._meta.related_objects:
            model = rel.related_model
            if not (rel.many_to_many and isinstance(model, type) and issubclass(model, Page)):
                continue
            pages = list(
                model.objects.live()
                .filter(locale_id=self.locale_id, **{f"{rel.field.name}__translation_key": self.translation_key})
                .distinct()
                .order_by("-first_published_at", "pk")
                .only("id", "title", "url_path", "path", "depth", "search_description", "first_published_at")[:limit]
            )
            if pages:
                groups.append((str(model._meta.verbose_name_plural), pages))
        return groups


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
