"""Handbook pages: sections and sub-sections, nested to any depth under the handbook index."""

from django import forms
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page, ReferenceIndex
from wagtail.search import index

from cms.admin_forms import OneLanguagePageForm
from cms.models import BasePage
from handbook.blocks import Footnotes, HandbookStreamBlock

from .gaps import HandbookGap

TREE_FIELDS = ("id", "title", "url_path", "path", "depth", "draft_title")
# Addresses the handbook index answers itself (see HandbookIndexPage's routes).
RESERVED_SLUGS = {"wanted", "glossary", "contribute"}


# What ``HandbookPage._navigation`` gives the template.


class HandbookPageForm(OneLanguagePageForm):
    """Refuses a top-level section slug that the handbook index already uses for its own
    pages (/handbook/wanted/, /handbook/glossary/…), with a message next to the field."""

    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug")
        parent = getattr(self, "parent_page", None)
        if slug in RESERVED_SLUGS and parent is not None and parent.specific_class.__name__ == "HandbookIndexPage":
            self.add_error("slug", f"“{slug}” is taken by the handbook's own {slug} page. Choose another.")
        return cleaned_data


def links_to(page):
    """A subquery: does the outer page link to ``page``? (Wagtail's reference index.)"""
    page_type = ReferenceIndex._get_base_content_type(Page)
    return Exists(
        ReferenceIndex.get_references_to(page).filter(
            base_content_type=page_type, object_id=Cast(OuterRef("pk"), models.CharField())
        )
    )


class HandbookTree:
    """The live pages of one handbook, in reading order (depth-first), from ONE query.

    Treebeard's materialised ``path`` sorts a tree depth-first, so ordering by path *is* the
    reading order: previous/next, a section's children and siblings, the breadcrumbs and the
    pages linking to ``current`` all come from this one list, however big the handbook grows.
    """

    def __init__(self, index_page: Page, current: Page | None = None):
        self.index = index_page
        wanted = Q(path__startswith=index_page.path, depth__gt=index_page.depth)
        rows = Page.objects.live()
        if current is not None:
            # Also the home page above the handbook (for breadcrumbs) and every page linking here.
            wanted |= Q(path=index_page.path[: -Page.steplen]) | Q(links_to(current))
            rows = rows.annotate(links_here=links_to(current))
        rows = list(rows.filter(wanted).order_by("path").only(*TREE_FIELDS))
        # Split by one test per row: ``p not in self.pages`` compared every row with every page
        # (Model.__eq__), quadratic in the size of the handbook.
        self.pages, self.others = [], []
        for p in rows:
            inside = p.path.startswith(index_page.path) and p.depth > index_page.depth
            (self.pages if inside else self.others).append(p)
        self.linking = sorted(
            (p for p in rows if getattr(p, "links_here", False) and p.pk != getattr(current, "pk", None)),
            key=lambda p: p.title.lower(),
        )

    def ancestors_of(self, page) -> list[Page]:
        """Home, the handbook, then each section above ``page`` (no queries)."""
        known = [*self.others, self.index, *self.pages]
        found = [p for p in known if page.path.startswith(p.path) and p.depth < page.depth]
        unique = {p.path: p for p in found}
        return [unique[path] for path in sorted(unique)]

    def children_of(self, page) -> list[Page]:
        return [p for p in self.pages if p.depth == page.depth + 1 and p.path.startswith(page.path)]

    def neighbours(self, page) -> tuple[Page | None, Page | None]:
        paths = [p.path for p in self.pages]
        if page.path not in paths:
            return None, None
        position = paths.index(page.path)
        previous = self.pages[position - 1] if position > 0 else None
        following = self.pages[position + 1] if position + 1 < len(self.pages) else None
        return previous, following


class HandbookPage(BasePage):
    """A section of the handbook. Sections hold sub-sections, to any depth."""

    introduction = models.TextField(blank=True, max_length=600, help_text="One or two sentences under the title.")
    body = StreamField(HandbookStreamBlock(), blank=True)
    framework_areas = ParentalManyToManyField(
        "handbook.FrameworkArea", blank=True, related_name="handbook_pages", verbose_name="framework areas"
    )
    framework_values = ParentalManyToManyField(
        "handbook.FrameworkValue", blank=True, related_name="handbook_pages", verbose_name="framework values"
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("framework_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("framework_values", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Framework",
            help_text="Which parts of the framework this section is about.",
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction", boost=2),
        index.SearchField("body"),
    ]

    base_form_class = HandbookPageForm
    parent_page_types = ["handbook.HandbookIndexPage", "handbook.HandbookPage"]
    subpage_types = ["handbook.HandbookPage"]
    template = "handbook/handbook_page.html"

    class Meta:
        verbose_name = "handbook page"

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def save(self, *args, **kwargs):
        """Wagtail idiom: publishing saves the page row with its live content, so this is where
        the published gaps are recorded. Saving a draft revision only updates a few columns
        (``update_fields``) and leaves the live gaps alone."""
        result = super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"live", "body"} & set(update_fields):
            HandbookGap.sync_for(self)
        return result

    def toc(self) -> list[dict]:
        """The table of contents: every heading block in the body, with its anchor."""
        return [
            {"text": child.value["text"], "anchor": child.value.anchor_id(), "level": child.value["level"]}
            for child in self.body
            if child.block_type == "heading"
        ]

    @cached_property
    def handbook_index(self):
        """The handbook this page belongs to. The index sets it while routing (no query)."""
        from .index import HandbookIndexPage

        cached = getattr(self, "_handbook_index", None)
        return cached or HandbookIndexPage.objects.ancestor_of(self).first()

    def _navigation(self, handbook) -> dict:
        """Where this page sits in its handbook: breadcrumbs, section, siblings, children,
        previous/next and the pages linking here, all from one ``HandbookTree`` query.

        """
        tree = HandbookTree(handbook, current=self)
        parent = next((p for p in tree.pages if p.path == self.path[: -self.steplen]), handbook)
        previous_page, next_page = tree.neighbours(self)
        return {
            "linked_from": tree.linking,
            "ancestors": tree.ancestors_of(self),
            "section_parent": parent,
            "siblings": tree.children_of(parent),
            "children": tree.children_of(self),
            "previous_page": previous_page,
            "next_page": next_page,
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        handbook = self.handbook_index
        context["footnotes"] = Footnotes()
        context["toc"] = self.toc
        context["handbook"] = handbook
        if handbook is not None:
            context.update(self._navigation(handbook))
            handbook_url = handbook.get_url(request)
            context["contribute_base"] = handbook_url + "contribute/"
            context["glossary_base"] = handbook_url + "glossary/"
        return context
