"""Template tags for the site shell: main navigation, breadcrumbs, meta tags."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page, Site

from cms.addresses import absolute_url

register = template.Library()


def _site_root(context):
    """The home page in the reader's language, looked up once per request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_cms_site_root"):  # routing (cms/routing.py) sets it for pages
        site = Site.find_for_request(request)
        root = site.root_page if site else None
        page = context.get("page")
        # In a translated site the reader's language has its own root (wagtail-localize);
        # a page already in the root's language needs no lookup.
        if root is not None and getattr(page, "locale_id", None) != root.locale_id:
            root = root.localized
        request._cms_site_root = root
    return request._cms_site_root


@register.simple_tag(takes_context=True)
def site_root(context):
    """``{% site_root as home %}``: the home page for the current site and language."""
    return _site_root(context)


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """Top-level pages marked "show in menus", in tree order: one query."""
    root = _site_root(context)
    page = context.get("page")
    request = context.get("request")
    items = []
    children = getattr(request, "_cms_menu_pages", None)  # found while routing (cms/routing.py)
    if root is not None and children is None:
        children = root.get_children().live().in_menu().only("id", "title", "url_path", "path", "depth")
    if root is not None:
        items = [{"pk": c.pk, "title": c.title, "url": c.get_url(request), "path": c.path} for c in children]
    current_path = getattr(page, "path", "") or ""
    for item in items:
        item["is_current"] = bool(current_path) and current_path.startswith(item["path"])
    return {"request": request, "root": root, "items": items, "page": page}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The current page's ancestors below the site root: one query."""
    page = context.get("page")
    root = _site_root(context)
    request = context.get("request")
    ancestors = []
    if isinstance(page, Page) and page.pk and root is not None and page.depth > root.depth:
        pages = _routed_ancestors(request, page, root)
        if pages is None:
            pages = page.get_ancestors().filter(depth__gte=root.depth).only("id", "title", "url_path", "path", "depth")
        ancestors = [{"title": p.title, "url": p.get_url(request)} for p in pages]
    return {"request": request, "ancestors": ancestors, "page": page, "trail": context.get("breadcrumb_trail")}


def _routed_ancestors(request, page, root):
    """The ancestors routing already fetched for this request (cms OneQueryRoutingMixin), if
    it found every one between the site root and the page; else None."""
    pages = getattr(request, "_cms_route_pages", None) or []
    found = [p for p in pages if p.depth < page.depth and p.depth >= root.depth and page.path.startswith(p.path)]
    return found if len(found) == page.depth - root.depth else None


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The page's canonical address; for a routable page's own sub-URL (e.g. a glossary term
    under the handbook), that sub-URL on the page's canonical host."""
    request = context.get("request")
    page = context.get("page")
    if request is None:
        return ""
    if not isinstance(page, Page) or not page.pk:
        return absolute_url(request.path)
    full, relative = page.get_full_url(request), page.get_url(request)
    if full and relative and request.path != relative and request.path.startswith(relative):
        return full + request.path[len(relative) :]
    return full or absolute_url(request.path)


@register.simple_tag(name="absolute_url")
def absolute_url_tag(path_or_url: str) -> str:
    """``{% absolute_url image.url %}``: the address on BASE_URL (cms/addresses.py)."""
    return absolute_url(path_or_url)


@register.simple_tag(takes_context=True)
def site_text(context, fallback=None) -> dict:
    """``{% site_text settings.cms.SiteSettings as text %}``: the tagline and footer text in the
    reader's language (the translatable "Site text" snippet), cached; ``fallback`` supplies
    them while no site text exists."""
    from cms.models import SiteText

    language = get_language() or ""
    request = context.get("request")
    memo = getattr(request, "_cms_site_text", None) if request is not None else None
    if memo is None or memo[0] != language:
        # Read with the site settings when they were (one query for both), else on its own.
        found = fallback.site_text(language) if hasattr(fallback, "site_text") else None
        memo = (language, found if found is not None else SiteText.for_language(language, fallback=fallback))
        if request is not None:
            request._cms_site_text = memo  # the header and the footer both read it
    return memo[1]
