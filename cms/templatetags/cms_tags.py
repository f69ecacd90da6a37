"""Template tags for the site shell: main navigation, breadcrumbs, meta tags."""

from django import template
from django.conf import settings
from django.db.models import Q
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from cms.addresses import absolute_url
from cms.language_fallback import reader_address
from cms.page_links import localize, localized
from cms.routing import top_pages

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
        # A page shown in its original language (cms/language_fallback.py) keeps the reader's shell.
        fallback = getattr(request, "language_fallback", None) is not None
        if root is not None and (fallback or getattr(page, "locale_id", None) != root.locale_id):
            root = root.localized
        request._cms_site_root = root
    return request._cms_site_root


@register.simple_tag
def localized_page(page):
    """``{% localized_page value.link_page as target %}``: the live translation of a chosen page
    in the reader's language, else the page itself (cms/page_links.py; batched per render).
    Given a page's id (``page.call_to_action_page_id``) the chosen page itself is never
    fetched: only its translation, or itself, in the same query. None for a missing page."""
    if isinstance(page, int):
        return localize([page]).get(page)
    return localized(page)


@register.simple_tag(takes_context=True)
def site_root(context):
    """``{% site_root as home %}``: the home page for the current site and language."""
    return _site_root(context)


def _original_lang() -> dict:
    code = settings.LANGUAGE_CODE
    return {"lang": code, "dir": "rtl" if get_language_info(code)["bidi"] else "ltr"}


def _menu_items(root, request) -> list[dict]:
    """Top-level pages marked "show in menus", in tree order: one query.

    In a translated tree every menu item of the default language's home stays, in the order of
    the original: its translation where that is live, else the original's title (marked with
    its ``lang``/``dir``) at the reader's address, where the language fallback shows it.
    """
    fields = ("id", "title", "url_path", "path", "depth", "translation_key", "show_in_menus")
    site = Site.find_for_request(request) if request is not None else None
    original_root = site.root_page if site else None
    if original_root is None or original_root.locale_id == root.locale_id:
        children = getattr(request, "_cms_menu_pages", None)  # found while routing (cms/routing.py)
        if children is None:
            children = root.get_children().live().in_menu().only(*fields)
        return [{"pk": c.pk, "title": c.title, "url": c.get_url(request), "path": c.path} for c in children]
    mine, originals = top_pages(request, root), top_pages(request, original_root)
    if mine is not None and originals is not None:  # found while routing (cms/routing.py)
        children = sorted(mine + originals, key=lambda page: page.path)
    else:
        both = Page.objects.live().filter(
            Q(path__startswith=root.path, depth=root.depth + 1)
            | Q(path__startswith=original_root.path, depth=original_root.depth + 1)
        )
        children = list(both.order_by("path").only(*fields))
    own = {c.translation_key: c for c in children if c.path.startswith(root.path)}
    code = get_language() or ""
    items = []
    for child in children:
        if not child.path.startswith(original_root.path):
            continue
        mine = own.pop(child.translation_key, None)
        if mine is not None:
            if mine.show_in_menus:
                items.append({"pk": mine.pk, "title": mine.title, "url": mine.get_url(request), "path": mine.path})
        elif child.show_in_menus:
            url = reader_address(child.get_url(request) or "", code)
            items.append({"pk": child.pk, "title": child.title, "url": url, "path": child.path, **_original_lang()})
    for mine in own.values():  # pages of the reader's language only
        if mine.show_in_menus:
            items.append({"pk": mine.pk, "title": mine.title, "url": mine.get_url(request), "path": mine.path})
    return items


@register.inclusion_tag("components/main_nav.html", takes_context=True)
def main_nav(context):
    """The main navigation: the home page's menu items in the reader's language."""
    root = _site_root(context)
    page = context.get("page")
    request = context.get("request")
    items = _menu_items(root, request) if root is not None else []
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
    fallback = getattr(request, "language_fallback", None)
    if fallback is not None and isinstance(page, Page) and root is not None:
        ancestors = _fallback_ancestors(request, page, root)
    elif isinstance(page, Page) and page.pk and root is not None and page.depth > root.depth:
        pages = _routed_ancestors(request, page, root)
        if pages is None:
            pages = page.get_ancestors().filter(depth__gte=root.depth).only("id", "title", "url_path", "path", "depth")
        ancestors = [{"title": p.title, "url": p.get_url(request)} for p in pages]
    return {
        "request": request,
        "ancestors": ancestors,
        "page": page,
        "trail": context.get("breadcrumb_trail"),
        "original": _original_lang() if fallback is not None else None,
    }


def _fallback_ancestors(request, page, root) -> list[dict]:
    """Breadcrumbs of a page shown in its original language: each ancestor in the reader's
    language where it is translated, else its original title (marked) at the reader's address."""
    fields = ("id", "title", "url_path", "path", "translation_key")
    pages = list(page.get_ancestors().filter(depth__gte=root.depth).only(*fields))
    keys = [p.translation_key for p in pages]
    mine = {
        p.translation_key: p
        for p in Page.objects.live().filter(locale_id=root.locale_id, translation_key__in=keys).only(*fields)
    }
    code = get_language() or ""
    ancestors = []
    for ancestor in pages:
        own = mine.get(ancestor.translation_key)
        if own is not None:
            ancestors.append({"title": own.title, "url": own.get_url(request)})
        else:
            url = reader_address(ancestor.get_url(request) or "", code)
            ancestors.append({"title": ancestor.title, "url": url, **_original_lang()})
    return ancestors


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
    fallback = getattr(request, "language_fallback", None)
    if fallback is not None and fallback["page_pk"] == page.pk and full:
        return full + fallback["tail"]  # shown at the reader's address: the original is canonical
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
