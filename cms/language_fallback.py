"""No dead ends between languages: a page not translated yet, at its address in the reader's
language, shows the original with a notice instead of a 404.

Wagtail idiom: each language is its own page tree (wagtail-localize), so ``/cy/join/`` is a
404 while the "Join the network" page exists only in English. This view wraps Wagtail's own
``serve``: when that finds nothing, the path is walked down the reader's tree as far as it
goes, the rest is routed from that page's original in the default language (routable
sub-pages included: glossary terms, tags, gap forms, event dates, calendar files and
registration), and the original is served
with Wagtail's ``before_serve_page`` / ``on_serve_page`` hooks as usual (view restrictions
apply). ``request.language_fallback`` tells the shell: ``<html lang>`` stays the reader's,
the content is wrapped in the original's ``lang``/``dir`` with a notice in the reader's
language, the canonical link names the original, and no ``hreflang`` alternates are given
(this address is not a translation). When the page found *is* translated and live (the
address used the original's slugs), the reader is sent to the translation instead.
See docs/decisions/0055-untranslated-pages-shown-in-the-original.md.
"""

from django.conf import settings
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.utils import translation
from wagtail import hooks
from wagtail import views as wagtail_views
from wagtail.models import Locale, Page, Site

from cms import routing

# Left on the request by the reader's-language routing that failed; routing the original
# must not read them.
_ROUTING_STATE = ("routable_resolver_match", "_cms_route_candidates", "_cms_route_pages", "_wagtail_route_for_request")


def serve(request, path):
    """Wagtail's ``serve``; when it finds nothing in the reader's language, the original."""
    try:
        return routing.serve(request, path)
    except Http404:
        response = _serve_original(request, path)
        if response is None:
            raise
        return response


def reader_address(url: str, code: str) -> str:
    """The address of a default-language page's URL under the reader's language prefix."""
    prefix = f"/{settings.LANGUAGE_CODE}/"
    return f"/{code}/{url[len(prefix) :]}" if url.startswith(prefix) else url


def reader_url(request, url: str) -> str:
    """``url``, an address of the original or of one of its sub-pages (a calendar file, the
    registration form), at the reader's address while the original is shown in the reader's
    language: a link followed from the page keeps the reader's language, and it will lead
    to the translation once that is published."""
    fallback = getattr(request, "language_fallback", None)
    return reader_address(url, fallback["code"]) if fallback else url


def _serve_original(request, path: str) -> HttpResponse | None:
    code = translation.get_language()
    if not code or code == settings.LANGUAGE_CODE:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    default_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
    reader_locale = Locale.objects.filter(language_code=code).first()
    if default_locale is None or reader_locale is None:
        return None
    root = site.root_page
    if root.locale_id != default_locale.pk:
        root = root.get_translation_or_none(default_locale)
    if root is None:
        return None
    components = [part for part in path.split("/") if part]
    start, remaining = _original_of_deepest(root, reader_locale, components)
    if start is None:
        return None
    for name in _ROUTING_STATE:
        if hasattr(request, name):
            delattr(request, name)
    try:
        route = start.specific.route(request, remaining)
    except Http404:
        return None
    page, args, kwargs = route
    tail_parts = remaining[page.depth - start.depth :]
    tail = "/".join(tail_parts) + "/" if tail_parts else ""
    translated = _translated_address(request, page, reader_locale, tail)
    if translated is not None and not request.path.endswith("/"):
        translated = translated.rstrip("/")  # a file's address (``event.ics``) has no slash
    if translated is not None:
        return redirect(translated) if translated != request.path else None
    request._wagtail_route_for_request = route
    request.language_fallback = {"page_pk": page.pk, "tail": tail, "code": code}
    for fn in hooks.get_hooks("before_serve_page"):
        result = fn(page, request, args, kwargs)
        if isinstance(result, HttpResponse):
            return result
    chain = wagtail_views.serve_chain
    for fn in reversed(hooks.get_hooks("on_serve_page")):
        chain = fn(chain)
    return chain(page, request, args, kwargs)


def _original_of_deepest(root: Page, reader_locale: Locale, components: list[str]):
    """The default-language original of the deepest live page of the reader's tree along the
    path, and the path components below it (one query, and one for the original)."""
    reader_root = root.get_translation_or_none(reader_locale)
    if reader_root is None or not reader_root.live:
        return root, components
    prefixes = [reader_root.url_path]
    for part in components:
        prefixes.append(f"{prefixes[-1]}{part}/")
    deepest = (
        Page.objects.live()
        .filter(url_path__in=prefixes, path__startswith=reader_root.path)
        .order_by("-depth")
        .only("id", "depth", "translation_key")
        .first()
    )
    if deepest is None:
        return root, components
    remaining = components[deepest.depth - reader_root.depth :]
    if deepest.pk == reader_root.pk:
        return root, remaining
    original = Page.objects.live().filter(translation_key=deepest.translation_key, locale=root.locale_id).first()
    return original, remaining


def _translated_address(request, page: Page, reader_locale: Locale, tail: str) -> str | None:
    """The address of ``page`` (and its sub-page ``tail``) in the reader's language, when that
    translation is live and has the sub-page; else None."""
    other = Page.objects.live().filter(translation_key=page.translation_key, locale=reader_locale).first()
    if other is None:
        return None
    url = other.get_url(request)
    if not url:
        return None
    if not tail:
        return url
    match = getattr(request, "routable_resolver_match", None)
    specific = page.specific
    if match is None or not hasattr(specific, "subpage_in"):
        return None
    sub = specific.subpage_in(match, other)
    return url + sub if sub is not None else None
