"""Small mixins that make up ``BasePage``, the abstract page every app's pages extend."""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import Page, PageViewRestriction

from cms.cache import cached_fragment


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

    class Meta:
        abstract = True

    def get_meta_description(self) -> str:
        return self.search_description or ""


class FastRoutingMixin:
    """Resolve a deep URL in two queries instead of two per level of the page tree.

    Wagtail's ``Page.route`` walks one path segment at a time (a child query and a
    ``.specific`` query each). Here the pages whose ``url_path`` matches each prefix of the
    request path are fetched at once and routing continues from the deepest one. If a page on
    the way overrides ``route`` (e.g. ``RoutablePageMixin``, whose own routes win over
    children), we fall back to Wagtail's walk so behaviour never changes.
    """

    def route(self, request, path_components):
        if len(path_components) < 2:
            return super().route(request, path_components)
        prefixes = [self.url_path + "/".join(path_components[:i]) + "/" for i in range(1, len(path_components) + 1)]
        candidates = list(Page.objects.filter(url_path__in=prefixes, path__startswith=self.path).order_by("depth"))
        chain = [page for page in candidates if page.depth > self.depth]
        if not chain or chain[0].depth != self.depth + 1:
            return super().route(request, path_components)
        if any(_overrides_route(page) for page in chain[:-1]):
            return super().route(request, path_components)
        target = chain[-1].specific
        target._cached_parent_obj = chain[-2] if len(chain) > 1 else self
        return target.route(request, path_components[len(chain) :])


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


class BasePage(FastRoutingMixin, CachedViewRestrictionsMixin, SocialMetaMixin, Page):
    """Abstract base for every page type on the site.

    Wagtail idiom: an abstract ``Page`` subclass adds no table of its own; each concrete page
    type inherits its fields and panels. Put behaviour every page needs here, and nothing else.
    """

    promote_panels = SocialMetaMixin.promote_panels

    class Meta:
        abstract = True
