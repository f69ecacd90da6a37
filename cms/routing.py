"""Finding the page for a request in three queries: the site, the pages along the path, the page.

Wagtail's ``Page.route_for_request`` finds the site (one query), the active ``Locale`` (one),
the site root's specific page (one) and then routes from it; the page's URL then needs
Wagtail's site-root paths (two more: the sites, and their roots' translations) and the
``before_serve_page`` view-restriction check another. Per request, cold, that is six queries
before a page has rendered anything.

``serve`` below is Wagtail's own ``serve`` view with the route worked out first, the way
Wagtail keeps it (``request._wagtail_route_for_request``), so every hook, privacy check and
``RoutablePageMixin`` route still runs as usual:

1. the site (Wagtail's ``Site.find_for_request``, which also loads its root page);
2. one query for every page along the path below the root (below the root in the reader's
   language, too), the root in every language (the reader's language's root, and Wagtail's
   site-root paths when there is one site) and the number of sites;
3. the page itself as its specific type, with its locale, what its template shows first
   (``BasePage.serve_select_related`` / ``serve_prefetch_related``) and whether any view
   restriction applies to it (``OneQueryViewRestrictionsMixin`` reads that, so an unrestricted
   page costs no restriction query).

Nothing is kept beyond the request (docs/decisions/0034-three-query-routing.md).
"""

from django.conf import settings
from django.db.models import BooleanField, ExpressionWrapper, Func, IntegerField, Q, Subquery, prefetch_related_objects
from django.http import Http404
from django.urls import re_path
from django.utils import translation
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site
from wagtail.models.sites import SiteRootPath

from cms.models.mixins import hands_on, may_be_restricted_q

_TRANSLATIONS = "_cms_translations"


def wagtail_urlpatterns(view=None) -> list:
    """Wagtail's own URLs (``wagtail.urls``: its password and login views, then the page tree),
    with its ``wagtail_serve`` view replaced by ``view`` (a view that calls ``serve`` below, such
    as the language fallback's) or by ``serve`` itself."""
    ours = re_path(wagtail_urls.serve_pattern, view or serve, name="wagtail_serve")
    return [ours if pattern.name == "wagtail_serve" else pattern for pattern in wagtail_urls.urlpatterns]


def serve(request, path):
    """Wagtail's ``serve`` view, routed by ``route_for_request`` below."""
    route_for_request(request, path)
    return wagtail_views.serve(request, path)


def _active_language() -> str:
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


def route_for_request(request, path: str) -> None:
    """Set ``request._wagtail_route_for_request`` as Wagtail's ``Page.route_for_request`` would."""
    if hasattr(request, "_wagtail_route_for_request"):
        return
    site = Site.find_for_request(request)
    if site is None:
        return  # Wagtail's own lookup answers None (a 404)
    components = [component for component in path.split("/") if component]
    try:
        request._wagtail_route_for_request = _route(request, site, components)
    except Http404:
        request._wagtail_route_for_request = None


def _prefixes(root: Page, components: list[str]) -> list[str]:
    return [root.url_path + "/".join(components[:i]) + "/" for i in range(1, len(components) + 1)]


def _along(root: Page, components: list[str]):
    return Q(url_path__in=_prefixes(root, components), path__startswith=root.path, depth__gt=root.depth)


def _slugs_along(root: Page, components: list[str]):
    found = Q()
    for depth, slug in enumerate(components, start=root.depth + 1):
        found |= Q(depth=depth, slug=slug)
    return found


def site_roots(request, site: Site, extra: Q | None = None) -> tuple[Page, list[Page]]:
    """The site's root in the reader's language, in one query with ``extra`` pages (returned).

    The same query finds the root in every language, the pages of the main menu and the number
    of sites, and keeps for this request what templates ask next: the reader's root
    (``request._cms_site_root``), the menu (``request._cms_menu_pages``) and, when there is one
    site, Wagtail's site-root paths (``request._wagtail_cached_site_root_paths``, as Wagtail's
    ``Page._get_site_root_paths`` keeps them), so no page URL costs a query.
    """
    root = site.root_page
    i18n = getattr(settings, "WAGTAIL_I18N_ENABLED", False)
    wanted = Q(pk=root.pk) | (Q(translation_key=root.translation_key) if i18n else Q())
    # Every live page just below a root, in every language: the main menu (those marked "show
    # in menus"; the reader's root's are kept), a translated menu's originals, and the sections
    # other views link to (``top_pages``). A dozen rows per language, however much content.
    wanted |= Q(depth=root.depth + 1, path__startswith=root.path[: Page.steplen], live=True)
    if extra is not None:
        wanted |= extra
    # COUNT as a plain function: one row for the whole table, no GROUP BY.
    site_count = Subquery(Site.objects.order_by().annotate(n=Func("id", function="COUNT")).values("n"))
    rows = list(
        Page.objects.filter(wanted)
        .select_related("locale")
        .annotate(_cms_site_count=ExpressionWrapper(site_count, output_field=IntegerField()))
        .order_by("path")
    )
    roots = [page for page in rows if page.translation_key == root.translation_key and page.depth == root.depth]
    own_root = next((page for page in roots if page.pk == root.pk), root)
    if i18n and rows and rows[0]._cms_site_count == 1:
        request._wagtail_cached_site_root_paths = [
            SiteRootPath(site.id, page.url_path, site.root_url, page.locale.language_code) for page in roots
        ]
    # The root in the reader's language, as Wagtail's ``localized`` finds it (live only).
    language = _active_language() if i18n else None
    home = next((page for page in roots if page.locale.language_code == language and page.live), own_root)
    request._cms_site_root = home
    request._cms_root_translations = roots
    request._cms_top_pages = [page for page in rows if page.depth == root.depth + 1 and page.live]
    request._cms_menu_pages = [page for page in top_pages(request, home) if page.show_in_menus]
    return home, rows


def top_pages(request, root: Page | None = None) -> list[Page] | None:
    """The live pages just below ``root`` (the site's root in some language; by default, in
    every language), in tree order, as plain ``Page`` rows with their locales, found by
    ``site_roots`` for this request; ``None`` when it has not run."""
    found = getattr(request, "_cms_top_pages", None)
    if found is None:
        return None
    roots = [root] if root is not None else getattr(request, "_cms_root_translations", [])
    return [page for page in found if any(page.path.startswith(r.path) and page.depth == r.depth + 1 for r in roots)]


def root_translations(request, page: Page) -> list[Page] | None:
    """Every translation of ``page`` when it is the site's root (found by ``site_roots`` for this
    request, live or not, with their locales); ``None`` otherwise."""
    roots = getattr(request, "_cms_root_translations", None)
    if not roots or roots[0].translation_key != page.translation_key or roots[0].depth != page.depth:
        return None
    return roots


def _route(request, site: Site, components: list[str]):
    root = site.root_page
    extra = None
    if components:
        extra = _along(root, components)
        if _active_language() != settings.LANGUAGE_CODE:
            # Below the root in the reader's language, whose url_path is not known before this
            # query: the pages at each depth with that component's slug; only those whose
            # url_path is along the path below that root are kept (``prefixes``).
            extra |= _slugs_along(root, components)
    home, rows = site_roots(request, site, extra)
    prefixes = set(_prefixes(home, components))
    pages = {page.url_path: page for page in rows if page.depth > home.depth and page.url_path in prefixes}
    full_path = home.url_path + "/".join(components) + ("/" if components else "")
    request._cms_route_candidates = (full_path, pages)
    request._cms_route_pages = [home, *sorted(pages.values(), key=lambda page: page.depth)]

    current, consumed = home, 0
    while consumed < len(components) and hands_on(current, components[consumed:]):
        deeper = pages.get(current.url_path + components[consumed] + "/")
        if deeper is None:
            break
        current, consumed = deeper, consumed + 1
    return load_specific(current).route(request, components[consumed:])


def load_specific(page: Page) -> Page:
    """``page`` as its specific type in one query, with what ``serve`` needs first, and with
    its translations in every language (``loaded_translations``: the language switcher, and a
    translation's original for the untranslated-text marks, ``cms.untranslated``, and shared
    registrations)."""
    cls = page.specific_class
    if cls is None:
        return page
    i18n = getattr(settings, "WAGTAIL_I18N_ENABLED", False) and page.translation_key
    wanted = Q(translation_key=page.translation_key) if i18n else Q(pk=page.pk)
    queryset = cls._default_manager.filter(wanted).select_related("locale", *getattr(cls, "serve_select_related", ()))
    rows = list(
        queryset.annotate(_cms_restricted=ExpressionWrapper(may_be_restricted_q(), output_field=BooleanField()))
    )
    specific = next((row for row in rows if row.pk == page.pk), None)
    if specific is None:
        raise cls.DoesNotExist(f"{cls.__name__} {page.pk} is gone")
    prefetch = getattr(cls, "serve_prefetch_related", ())
    if prefetch:
        prefetch_related_objects([specific], *prefetch)  # for the page shown, not its translations
    for key, value in page.__dict__.items():
        specific.__dict__.setdefault(key, value)  # as Wagtail's ``specific`` copies them
    if i18n:
        specific.__dict__[_TRANSLATIONS] = rows
    return specific


def routed_page(request, url_path: str) -> Page | None:
    """The page at ``url_path`` when it is one of the pages this request's routing read along
    its path, loaded as ``load_specific`` does (one query, with its translations and the view
    restriction flag); ``None`` when the routing did not read it. For a page type that routes
    deeper pages itself (the handbook index)."""
    found = getattr(request, "_cms_route_candidates", None)
    row = found[1].get(url_path) if found else None
    return load_specific(row) if row is not None else None


def loaded_translations(page: Page) -> list[Page] | None:
    """Every translation of ``page`` (itself included, live or not, with their locales) when
    the routing read them with the page, else ``None``."""
    return page.__dict__.get(_TRANSLATIONS)


def loaded_original(page: Page) -> Page | None:
    """``page``'s row in the default language when the routing read it with a page in another
    language, else ``None``."""
    for row in loaded_translations(page) or ():
        if row.locale.language_code == settings.LANGUAGE_CODE and row.pk != page.pk:
            return row
    return None
