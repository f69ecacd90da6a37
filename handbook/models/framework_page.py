"""The framework page: the eight areas and four values at a glance, each at its own URL."""

from django.db import models
from django.http import Http404
from django.utils.functional import SimpleLazyObject
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField

from cms.models import BasePage
from cms.untranslated import with_originals

from .framework import FrameworkArea, FrameworkValue


class FrameworkPage(RoutablePageMixin, BasePage):
    """Shows the framework snippets; ``/framework/<slug>/`` shows one area or value.

    Wagtail idiom: the areas and values are snippets (docs/decisions/0003), and this routable
    page gives each of them a public URL without making them pages.
    """

    introduction = models.TextField(blank=True, max_length=600, help_text="One or two sentences under the title.")
    body = RichTextField(
        blank=True, features=["bold", "italic", "link", "ul", "ol"], help_text="How to read the framework."
    )
    story_invitation_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Where readers can send a story (shown when an area has nothing linked to it yet).",
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldPanel("story_invitation_page"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "handbook/framework_page.html"

    class Meta:
        verbose_name = "framework page"

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    def areas(self):
        """The published areas in this page's language, with their originals' texts for the
        untranslated marks on a translated page (in the same query)."""
        return with_originals(FrameworkArea.objects.live().filter(locale_id=self.locale_id).with_stable_slug())

    def values(self):
        return with_originals(FrameworkValue.objects.live().filter(locale_id=self.locale_id).with_stable_slug())

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for model in (FrameworkArea, FrameworkValue):
            for slug in model.objects.live().filter(locale_id=self.locale_id).values_list("slug", flat=True):
                urls.append({"location": f"{base}{slug}/"})
        return urls

    def subpage_in(self, match, other):
        """An area's or value's page under its slug in that translation, where it exists."""
        if match.url_name == "facet":
            for model in (FrameworkArea, FrameworkValue):
                keys = model.objects.live().filter(slug=match.kwargs["slug"], locale_id=self.locale_id)
                translated = model.objects.live().filter(
                    locale_id=other.locale_id, translation_key__in=keys.values("translation_key")
                )
                slug = translated.values_list("slug", flat=True).first()
                if slug:
                    return self.reverse_subpage("facet", kwargs={"slug": slug})
            return None
        return super().subpage_in(match, other)

    @path("")
    def overview(self, request):
        # Read only when the overview's HTML is not already in the fragment cache.
        return self.render(
            request,
            context_overrides={
                "areas": SimpleLazyObject(lambda: list(self.areas())),
                "values": SimpleLazyObject(lambda: list(self.values())),
            },
        )

    @path("<slug:slug>/")
    def facet(self, request, slug):
        facet = self.areas().filter(slug=slug).first() or self.values().filter(slug=slug).first()
        if facet is None:
            raise Http404
        return self.render_facet(request, facet)

    def render_facet(self, request, facet):
        """An area's or value's page; also its preview in the admin (``facet`` may be a draft
        not yet among the published ones: then it has no neighbours to link to)."""
        siblings = list(self.areas() if facet.kind == "area" else self.values())
        ids = [item.pk for item in siblings]
        if facet.pk not in ids:
            siblings, ids = [facet], [facet.pk]
        position = ids.index(facet.pk)
        return self.render(
            request,
            template="handbook/framework_facet.html",
            context_overrides={
                "route_title": facet.name,
                "facet": facet,
                "pointing": facet.pointing_pages(),
                "previous_facet": siblings[position - 1] if position > 0 else None,
                "next_facet": siblings[position + 1] if position + 1 < len(siblings) else None,
            },
        )
