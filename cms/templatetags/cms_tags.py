"""Template tags for the site shell: main navigation, breadcrumbs, meta tags."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


def _site_root(context):
    """The home page in the reader's language, looked up once per request."""
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_cms_site_root"):
        site = Site.find_for_request(request)
        # In a translated site the reader's language has its own root (wagtail-localize).
        request._cms_site_root = site.root_page.localized if site else None
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
    items = []
    if root is not None:
        items = list(root.get_children().live().in_menu().only("id", "title", "url_path", "path", "depth"))
    current_path = getattr(page, "path", "") or ""
    for item in items:
        item.is_current = bool(current_path) and current_path.startswith(item.path)
    return {"request": context.get("request"), "root": root, "items": items, "page": page}


@register.inclusion_tag("components/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The current page's ancestors below the site root: one query."""
    page = context.get("page")
    root = _site_root(context)
    ancestors = []
    if isinstance(page, Page) and root is not None and page.depth > root.depth:
        ancestors = list(
            page.get_ancestors().filter(depth__gte=root.depth).only("id", "title", "url_path", "path", "depth")
        )
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}
