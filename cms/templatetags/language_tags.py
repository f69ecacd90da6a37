"""Template tags for languages: ``<html lang dir>``, hreflang alternates and the switcher.

Wagtail idiom: with ``WAGTAIL_I18N_ENABLED`` every translation of a page is its own page in
another locale's tree, sharing the original's ``translation_key``. A page's languages are
therefore "the live pages with the same translation key": one query per page.

Pages offer only the languages they are really translated into: a reader is never sent to a
404 or to a silent fallback. Views that are not pages (search, the member area) exist in every
language, so they switch by swapping the language prefix of the URL.
"""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from wagtail.models import Page

from cms.addresses import absolute_url
from cms.routing import loaded_translations, root_translations
from cms.untranslated import is_untranslated, original_language

register = template.Library()


def _language(code: str) -> dict:
    info = translation.get_language_info(code)
    return {
        "code": code,
        "name_local": info["name_local"],
        "name": info["name_translated"],  # in the reader's language: "Saesneg" on a Welsh page
        "dir": "rtl" if info["bidi"] else "ltr",
    }


def _page_translations(page: Page, request) -> list[dict]:
    """Live translations of ``page`` (itself included), in the order of settings.LANGUAGES."""
    order = [code for code, _name in settings.LANGUAGES]
    # The home page's translations were found while routing (cms/routing.py): no query.
    # Other pages' translations were read with the page itself (``cms.routing.load_specific``).
    loaded = root_translations(request, page) or loaded_translations(page) or []
    pages = [other for other in loaded if other.live]
    if not pages:
        pages = (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
            .only("id", "url_path", "path", "depth", "locale_id", "locale__language_code", "translation_key")
        )
    found = {}
    for other in pages:
        code = other.locale.language_code
        url = other.get_url(request)
        if code in order and url:
            found[code] = {"pk": other.pk, "url": url, "page": other}
    return [{**_language(code), **found[code]} for code in order if code in found]


def _subpage_alternates(page, request, alternates: list[dict], suffix: str) -> list[dict]:
    """A routable page's sub-URL (a glossary term, a tag, a gap's form) in the translations
    that really have it, under each one's own address (a term's slug may be translated); a
    translation without it is not offered."""
    match = getattr(request, "routable_resolver_match", None)
    if match is None or not hasattr(page, "subpage_in"):
        return [item for item in alternates if item["is_current"]]
    others = {item["pk"]: item["page"] for item in alternates if not item["is_current"]}
    found = []
    for item in alternates:
        other = others.get(item["pk"])
        tail = suffix if item["is_current"] else (page.subpage_in(match, other) if other else None)
        if tail is not None:
            found.append({**item, "url": item["url"] + tail})
    return found


def _swap_prefix(path: str, current: str, code: str) -> str:
    prefix = f"/{current}/"
    if path.startswith(prefix):
        return f"/{code}/{path[len(prefix) :]}"
    return path


def _is_view_in_every_language(request, active: str) -> bool:
    """A Django view under the language prefix (not Wagtail's page serving, whose unknown
    paths are 404s in every language)."""
    match = request.resolver_match
    return match is not None and match.url_name != "wagtail_serve" and request.path.startswith(f"/{active}/")


@register.simple_tag(takes_context=True)
def page_languages(context) -> dict:
    """``{% page_languages as languages %}``: the current language and its alternates.

    ``languages.current`` has ``code``, ``name_local`` and ``dir`` (for ``<html lang dir>``);
    ``languages.alternates`` lists every language this URL exists in, each with ``url``,
    ``absolute_url`` and ``is_current``; ``languages.default_url`` is the x-default address;
    ``languages.default_alternate`` is the default language's version when the reader is in
    another one (listings use it to point at pages not translated yet).
    """
    request = context.get("request")
    page = context.get("page")
    active = translation.get_language() or settings.LANGUAGE_CODE
    result = {
        "current": _language(active),
        "alternates": [],
        "default_url": "",
        "default_alternate": None,
        "fallback": None,
        "content_code": active,
    }
    if request is None:
        return result
    if isinstance(page, Page) and page.pk:
        items = _page_translations(page, request)
        own = next((item for item in items if item["pk"] == page.pk), None)
        if own is None:  # a draft in preview, or a page outside the site: no switcher
            return result
        fallback = getattr(request, "language_fallback", None)
        if fallback is not None and fallback["page_pk"] == page.pk:
            return _fallback_languages(page, request, result, items, fallback)
        result["current"] = _language(own["code"])
        alternates = [{**item, "is_current": item["pk"] == page.pk} for item in items]
        suffix = request.path[len(own["url"]) :] if request.path.startswith(own["url"]) else ""
        if suffix:
            alternates = _subpage_alternates(page, request, alternates, suffix)
    elif _is_view_in_every_language(request, active):
        query = request.META.get("QUERY_STRING", "")
        alternates = []
        for code, _name in settings.LANGUAGES:
            url = _swap_prefix(request.path, active, code) + (f"?{query}" if query else "")
            alternates.append({**_language(code), "url": url, "is_current": code == active})
    else:
        return result
    for item in alternates:
        item["absolute_url"] = absolute_url(item["url"])
        if item["code"] == settings.LANGUAGE_CODE:
            result["default_url"] = item["absolute_url"]
            if not item["is_current"]:
                result["default_alternate"] = item
    result["alternates"] = alternates if len(alternates) > 1 else []
    return result


def _fallback_languages(page, request, result: dict, items: list[dict], fallback: dict) -> dict:
    """A page shown in its original language at the reader's address (cms/language_fallback.py):
    the shell stays in the reader's language; ``fallback`` names the original's language and
    lists the languages the page really exists in (with their addresses) for the notice. No
    ``hreflang`` alternates and no switcher: this address is not a translation."""
    alternates = [{**item, "is_current": item["pk"] == page.pk} for item in items]
    if fallback["tail"]:
        alternates = _subpage_alternates(page, request, alternates, fallback["tail"])
    original = next(item for item in alternates if item["is_current"])
    result["fallback"] = {**original, "versions": alternates}
    result["content_code"] = original["code"]
    return result


@register.simple_tag(takes_context=True)
def untranslated(context, obj, value, inline=False) -> str:
    """``<p{% untranslated page page.introduction %}>``: ``lang``/``dir`` of the original
    language when ``value`` (a field, rich text or a StreamField block of ``obj``) is shown
    untranslated on a page in another language; else nothing (cms/untranslated.py). A text of
    one of the page's inline objects (a per-date note) needs ``inline=True``."""
    if not is_untranslated(context.get("request"), obj, value, inline=inline):
        return ""
    original = original_language()
    return format_html(' lang="{}" dir="{}"', original["code"], original["dir"])
