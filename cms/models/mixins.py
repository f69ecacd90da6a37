"""Small mixins that make up ``BasePage``, the abstract page every app's pages extend."""

from django.db import models
from django.db.models import Exists, F, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.http import Http404
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction

from cms import page_links


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

    og_type = "website"  # OpenGraph type; stories and case studies are "article"

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        return self.search_description or ""


class OneQueryRoutingMixin:
    """Resolve a URL with one query for the whole path instead of two per level of the tree.

    Wagtail's ``Page.route`` walks one path segment at a time (a child query and a
    ``.specific`` query each): four queries for a story two levels below the home page. Here
    every page whose ``url_path`` is a prefix of the request path is fetched at once, routing
    skips straight to the deepest one (stopping early at a page that routes differently, e.g.
    ``RoutablePageMixin``, whose own routes win over its children), and that page routes as
    usual. The pages found are the breadcrumbs' ancestors too (``request._cms_route_pages``).
    Nothing is cached between requests; see docs/decisions/0033-one-page-cache.md.
    """

    def route(self, request, path_components):
        if not path_components or request is None:
            return super().route(request, path_components)
        pages = _route_candidates(request, self, path_components)
        child = pages.get(self.url_path + path_components[0] + "/")
        if child is None:
            return super().route(request, path_components)  # Wagtail's 404
        consumed = 1
        while consumed < len(path_components) and hands_on(child, path_components[consumed:]):
            deeper = pages.get(child.url_path + path_components[consumed] + "/")
            if deeper is None:
                break
            child, consumed = deeper, consumed + 1
        return child.specific.route(request, path_components[consumed:])


def _route_candidates(request, page: Page, path_components) -> dict[str, Page]:
    """The pages below ``page`` along the request path, by url_path: one query per request
    (a routable page handing on to its children routes again from the same pages)."""
    full_path = page.url_path + "/".join(path_components) + "/"
    known = getattr(request, "_cms_route_candidates", None)
    if known is not None and known[0].endswith(full_path):
        return known[1]
    prefixes = [page.url_path + "/".join(path_components[:i]) + "/" for i in range(1, len(path_components) + 1)]
    found = Page.objects.filter(url_path__in=prefixes, path__startswith=page.path, depth__gt=page.depth)
    pages = {candidate.url_path: candidate for candidate in found.order_by("depth")}
    request._cms_route_candidates = (full_path, pages)
    request._cms_route_pages = [page, *pages.values()]
    return pages


def hands_on(page: Page, remaining: list[str]) -> bool:
    """Would this page hand the rest of the path to its child, as Wagtail's walk does? Yes for
    plain pages, and for a routable page none of whose own routes matches the rest."""
    cls = page.specific_class
    route = cls.route if cls else Page.route
    if route in (Page.route, OneQueryRoutingMixin.route):
        return True
    if route is RoutablePageMixin.route:
        try:
            cls.get_resolver().resolve("/" + "/".join(remaining) + "/")
        except Http404:
            return True
    return False


def restricted_q():
    """A filter true for a page with a view restriction on itself or an ancestor: what
    Wagtail's ``public()`` leaves out, as part of the same query (``queryset.exclude(
    restricted_q())``) instead of one more query reading every restriction first. The
    subquery starts from the (small) restrictions table: one lookup per restriction."""
    on_path = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length(F("page__path"))))
    return Q(Exists(on_path))


def may_be_restricted_q():
    """For one page: ``restricted_q``, or some restricted page has an alias (whose copies share
    its restrictions, ``get_view_restrictions``): then the full check is needed."""
    return restricted_q() | Q(Exists(PageViewRestriction.objects.filter(page__aliases__isnull=False)))


class OneQueryViewRestrictionsMixin:
    """Wagtail's view-restriction check in one query instead of two.

    Wagtail first reads every ancestor's ``alias_of`` (one query), then the restrictions on
    those pages (another). The ancestors' paths follow from the page's own ``path``, so one
    query finds the restrictions on the page or an ancestor, or on the original of the page
    or of an ancestor that is an alias (an alias always shares its original's restrictions).
    """

    def get_view_restrictions(self):
        if getattr(self, "_cms_restricted", None) is False:
            # Routing (cms/routing.py) already asked the database (``may_be_restricted_q``):
            # no restriction on this page or an ancestor, and no restricted page has an alias.
            return PageViewRestriction.objects.none()
        steplen = self.steplen
        paths = [self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        return PageViewRestriction.objects.filter(
            Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page__aliases__path__in=paths)
        ).distinct()


class BasePage(OneQueryRoutingMixin, OneQueryViewRestrictionsMixin, SocialMetaMixin, Page):
    """Abstract base for every page type on the site.

    Wagtail idiom: an abstract ``Page`` subclass adds no table of its own; each concrete page
    type inherits its fields and panels. Put behaviour every page needs here, and nothing else.
    """

    promote_panels = SocialMetaMixin.promote_panels

    # Loaded with the page when it is served (cms/routing.py): what its template shows first.
    serve_select_related: tuple[str, ...] = ("social_image",)
    serve_prefetch_related: tuple = ()

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        # The pages this page links to, fetched with their translations by the first link
        # rendered (cms/page_links.py): one query for all of them.
        page_links.expect(self)
        return super().get_context(request, *args, **kwargs)

    def subpage_in(self, match, other: Page) -> str | None:
        """The address tail (after the page's URL) of the sub-page ``match`` in ``other``, a
        translation of this page, or None where that translation has no such sub-page.

        ``match`` is a ``RoutablePageMixin`` page's ``request.routable_resolver_match``. A route
        without arguments (an archive, a list) exists in every translation; one with arguments
        (a term, a tag) exists only where its page type says so, by overriding this method.
        """
        if match.args or match.kwargs:
            return None
        return self.reverse_subpage(match.url_name).lstrip("/")
