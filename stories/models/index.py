"""The stories library: a filterable, searchable index with tag pages and feeds."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from cms.models import BasePage
from cms.search import search_terms

from .entry import StoryEntry, with_card_tags
from .facets import AREA, PLACE, TAG, VALUE, library_facets

PAGE_SIZE = 12
SEARCH_MAX_QUERY = 200


class StoryIndexPage(RoutablePageMixin, BasePage):
    """The library of stories and case studies.

    Wagtail idiom: ``RoutablePageMixin`` lets one page answer several addresses below its own
    (``tags/``, ``tags/<slug>/``, ``feed/rss/`` …) with views written as methods, so the tag pages
    and feeds move with the index wherever editors put it, in every language.
    """

    introduction = models.TextField(max_length=600, blank=True, help_text=_("One or two sentences under the title."))

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.StoryPage", "stories.CaseStudyPage"]
    max_count_per_parent = 1
    template = "stories/story_index_page.html"

    class Meta:
        verbose_name = _("stories index")

    def get_meta_description(self) -> str:
        return self.search_description or self.introduction

    # --- Querysets -------------------------------------------------------------------------

    def entries(self):
        """Live stories and case studies in this library. Listings never show the entries'
        quotations, so that StreamField is neither fetched nor decoded; their cards' lead
        images come in the same query."""
        return StoryEntry.objects.live().descendant_of(self).defer_streamfields().select_related("lead_image")

    def tags_with_counts(self):
        """Tags used by live entries here, each with how many entries use it: one query."""
        return (
            Tag.objects.filter(stories_taggedstory_items__content_object__in=self.entries().values("pk"))
            .annotate(count=Count("stories_taggedstory_items", distinct=True))
            .order_by("name")
        )

    def facets(self) -> dict:
        """The filter choices: tags, areas, values and places, in a single query."""
        facets = library_facets(self.entries(), self.locale_id)
        return {"tags": facets[TAG], "areas": facets[AREA], "values": facets[VALUE], "places": facets[PLACE]}

    def filtered(self, request):
        """Apply the reader's filters, search words and sort order; return (filterset, results)."""
        from stories.filters import StoryFilter

        data = request.GET.copy()
        if not data.get("sort"):
            # Show the order actually used: best match when searching, else newest first.
            data["sort"] = "relevance" if search_terms(data.get("q", "")) else "newest"
        filterset = StoryFilter(data, queryset=self.entries(), **self.facets())
        filtered = filterset.qs
        cleaned = filterset.cleaned
        terms = search_terms(cleaned.get("q", "")[:SEARCH_MAX_QUERY])
        sort = cleaned.get("sort") or "newest"
        ordering = ["title"] if sort == "title" else ["-first_published_at"]
        if terms:
            # Wagtail search runs on the filtered set. The filters use joins (tags, areas) that
            # the search backend cannot translate, so they are handed over as a subquery of
            # primary keys, which it passes through to the database unchanged.
            results = (
                StoryEntry.objects.filter(pk__in=filtered.values("pk"))
                .with_fallback_illustration()
                .order_by(*ordering)
                .search(terms, order_by_relevance=sort == "relevance")
            )
        else:
            if sort == "relevance":
                sort = "newest"
            results = filtered.with_fallback_illustration().order_by(*ordering, "-pk")
        return filterset, results, sort

    def paginate(self, request, results):
        """One page of results, each entry with its tags for the card (``with_card_tags``)."""
        page_obj = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
        page_obj.object_list = with_card_tags(page_obj.object_list)
        return page_obj

    # --- Views -------------------------------------------------------------------------------

    def subpage_in(self, match, other):
        """A tag's page where that translation of the library has stories with the tag."""
        if match.url_name == "tag_view":
            entries = StoryEntry.objects.live().descendant_of(other).with_tag(match.kwargs["tag_slug"])
            return self.reverse_subpage("tag_view", kwargs=match.kwargs) if entries.exists() else None
        return super().subpage_in(match, other)

    @path("")
    def index_view(self, request):
        """The filtered, paginated library."""
        filterset, results, sort = self.filtered(request)
        querystring = filterset.querystring()
        listing = {
            "filterset": filterset,
            "active_filters": filterset.active_filters(),
            "page_obj": self.paginate(request, results),
            "sort": sort,
            "query_prefix": f"{querystring}&" if querystring else "",
        }
        return self.render(request, context_overrides=listing)

    @path("tags/")
    def tag_list_view(self, request):
        return self.render(
            request,
            template="stories/tag_list.html",
            context_overrides={"tags": list(self.tags_with_counts())},
        )

    @path("tags/<slug:tag_slug>/")
    def tag_view(self, request, tag_slug):
        tag = get_object_or_404(Tag, slug=tag_slug)
        results = self.entries().with_tag(tag.slug).newest_first()
        page_obj = self.paginate(request, results)
        if not page_obj.object_list:
            raise Http404("No stories with this tag.")
        return self.render(
            request,
            template="stories/tag_page.html",
            context_overrides={
                "tag": tag,
                "page_obj": page_obj,
                "query_prefix": "",
                # One breadcrumb: the library's trail continued by Tags › this tag.
                "breadcrumb_trail": [
                    {"title": _("Tags"), "url": self.get_url(request) + "tags/"},
                    {"title": tag.name, "url": request.path},
                ],
            },
        )

    @path("feed/rss/", name="feed_rss")
    def rss_view(self, request):
        from stories.feeds import StoryRssFeed

        return StoryRssFeed()(request, index=self)

    @path("feed/atom/", name="feed_atom")
    def atom_view(self, request):
        from stories.feeds import StoryAtomFeed

        return StoryAtomFeed()(request, index=self)

    @path("tags/<slug:tag_slug>/feed/rss/", name="tag_feed_rss")
    def tag_rss_view(self, request, tag_slug):
        from stories.feeds import StoryRssFeed

        return StoryRssFeed()(request, index=self, tag_slug=tag_slug)

    @path("tags/<slug:tag_slug>/feed/atom/", name="tag_feed_atom")
    def tag_atom_view(self, request, tag_slug):
        from stories.feeds import StoryAtomFeed

        return StoryAtomFeed()(request, index=self, tag_slug=tag_slug)
