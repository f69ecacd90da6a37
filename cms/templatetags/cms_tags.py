"""Template tags for the site shell: main navigation, breadcrumbs, meta tags."""

from django import template
from wagtail.models import Page, Site

register = template.Library()


def _site_root(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    # In a translated site the reader's language has its own root (wagtail-localize).
    return root.localized if hasattr(root, "localized") else root


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
