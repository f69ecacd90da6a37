"""Small mixins that make up ``BasePage``, the abstract page every app's pages extend."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import get_language
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction

from cms.cache import cached_fragment, peek_fragments, store_fragment


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


MAX_CACHED_DEPTH = 12  # deeper addresses are routed without the cache (none are real pages)


class FastRoutingMixin:
    """Resolve a URL with one query for the whole path instead of two per level of the tree.

    Wagtail's ``Page.route`` walks one path segment at a time (a child query and a
    ``.specific`` query each). Here every page whose ``url_path`` matches a prefix of the
    request path is fetched at once (kept on the request), and routing skips straight down
    to the deepest page, stopping early at any page that routes differently (e.g.
    ``RoutablePageMixin``, whose own routes win over its children). That page then routes
    as usual, and if it hands back to its children, they come from the same fetch.

    The page a path leads to (already ``.specific``) is also kept in the content cache
    (``cms.cache.cached_fragment``, so any content write forgets it): a repeat visit routes
    with no query at all. Each page is kept under its own path (never a made-up address below
    it), found again by looking up every prefix of the request path at once. A page type may name
    relations in ``route_cache_prefetch`` to keep them (prefetched) with it.
    """

    route_cache_prefetch: tuple[str, ...] = ()

    def route(self, request, path_components):
        if not path_components or request is None or len(path_components) > MAX_CACHED_DEPTH:
            return super().route(request, path_components)
        # The deepest page already known along this path (one cache round trip for all).
        prefixes = {f"route:{self.pk}:{'/'.join(path_components[:n])}": n for n in range(1, len(path_components) + 1)}
        known = peek_fragments(list(prefixes))
        if known:
            key = max(known, key=prefixes.__getitem__)
            return known[key].route(request, path_components[prefixes[key] :])
        child, consumed = self._deepest_child(request, path_components)
        if child is None:
            return super().route(request, path_components)  # Wagtail's 404
        result = child.route(request, path_components[consumed:])
        if child.route_cache_prefetch:
            prefetch_related_objects([child], *child.route_cache_prefetch)
        # Keyed by the page's own path, not the request's: made-up addresses below a page add
        # nothing to the cache.
        store_fragment(f"route:{self.pk}:{'/'.join(path_components[:consumed])}", child)
        return result

    def _deepest_child(self, request, path_components):
        pages = _route_candidates(request, self, path_components)
        child = pages.get(self.url_path + path_components[0] + "/")
        if child is None:
            return None, 0
        consumed = 1
        while consumed < len(path_components) and not _overrides_route(child):
            deeper = pages.get(child.url_path + path_components[consumed] + "/")
            if deeper is None:
                break
            child, consumed = deeper, consumed + 1
        return child.specific, consumed


def _route_candidates(request, page: Page, path_components) -> dict[str, Page]:
    """The pages below ``page`` along the request path, by url_path: one query per request."""
    full_path = page.url_path + "/".join(path_components) + "/"
    cached = getattr(request, "_cms_route_candidates", None)
    if cached is None or cached[0] != full_path:
        prefixes = [page.url_path + "/".join(path_components[:i]) + "/" for i in range(1, len(path_components) + 1)]
        found = Page.objects.filter(url_path__in=prefixes, path__startswith=page.path, depth__gt=page.depth)
        cached = (full_path, {candidate.url_path: candidate for candidate in found})
        request._cms_route_candidates = cached
    return cached[1]


def _overrides_route(page: Page) -> bool:
    """Does this page's specific class route differently from Wagtail's default walk?"""
    route = page.specific_class.route if page.specific_class else Page.route
    return route not in (Page.route, FastRoutingMixin.route)


class CachedViewRestrictionsMixin:
    """Skip the two view-restriction queries Wagtail makes on every page view.

    The paths of restricted pages and of alias pages are cached until the next content
    write; only a page under one of them asks the database (Wagtail's own check).
    """

    def get_view_restrictions(self):
        paths = cached_fragment("restricted-and-alias-paths", _restricted_and_alias_paths)
        if self.alias_of_id or any(self.path.startswith(path) for path in paths):
            return super().get_view_restrictions()
        return PageViewRestriction.objects.none()


def _restricted_and_alias_paths() -> list[str]:
    restricted = PageViewRestriction.objects.values_list("page__path", flat=True)
    aliases = Page.objects.filter(alias_of__isnull=False).values_list("path", flat=True)
    return sorted({*restricted, *aliases})


class CachedLocalizedMixin:
    """``page.localized`` (the live translation in the reader's language) from the content
    cache: Wagtail asks for the site root's translation on every request, which costs two or
    three queries (the active locale, the translation, its specific page)."""

    @property
    def localized(self):
        language = get_language() or ""
        if not self.pk or not language:
            return Page.localized.fget(self)
        return cached_fragment(f"localized:{self.pk}:{language}", lambda: Page.localized.fget(self).specific)


class BasePage(FastRoutingMixin, CachedViewRestrictionsMixin, CachedLocalizedMixin, SocialMetaMixin, Page):
    """Abstract base for every page type on the site.

    Wagtail idiom: an abstract ``Page`` subclass adds no table of its own; each concrete page
    type inherits its fields and panels. Put behaviour every page needs here, and nothing else.
    """

    promote_panels = SocialMetaMixin.promote_panels

    class Meta:
        abstract = True

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
