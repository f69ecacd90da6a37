"""What link previews and search engines read from a page's head: OpenGraph and Twitter tags,
and schema.org JSON-LD for articles and for the site itself.

The share image is the page's own "social image", else its lead image (stories and case
studies), else the site's share card (``cms/img/share-card.png``), so every page has one.
JSON-LD is written with ``json.dumps`` and ``<``, ``>``, ``&`` escaped, so no typed value can
close its ``<script>``.
"""

import json

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import to_locale
from wagtail.models import Site

from cms.addresses import absolute_url
from cms.renditions import SHARE_CARD_SPEC, SITE_SHARE_CARD, share_picture

register = template.Library()

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
# OpenGraph wants language_TERRITORY; where a language has no territory of its own here, the
# one its readers on this site are in.
OG_LOCALES = {"en": "en_GB", "cy": "cy_GB", "ar": "ar_AR"}


def og_locale(code: str) -> str:
    return OG_LOCALES.get(code) or to_locale(code)


def json_ld_script(data) -> str:
    text = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 - escaped


@register.simple_tag(takes_context=True)
def share_image(context, page=None) -> dict:
    """``{% share_image as image %}``: ``url`` (absolute), ``width``, ``height`` and ``alt``."""
    page = page or context.get("page")
    image = share_picture(page)
    if image is not None:
        rendition = image.get_rendition(SHARE_CARD_SPEC)
        alt = getattr(page, "lead_image_alt", "") if image == getattr(page, "lead_image", None) else ""
        url, width, height = rendition.url, rendition.width, rendition.height
    else:
        path, width, height = SITE_SHARE_CARD
        url, alt = static(path), ""
    url = absolute_url(url)
    return {"url": url, "width": width, "height": height, "alt": alt or getattr(page, "title", "")}


@register.simple_tag(takes_context=True)
def share_locales(context, languages) -> dict:
    """``og:locale`` of the page and ``og:locale:alternate`` for each translation of it."""
    current = languages["current"]["code"]
    return {
        "current": og_locale(current),
        "alternates": [og_locale(item["code"]) for item in languages["alternates"] if item["code"] != current],
    }


def _publisher(request) -> dict:
    site = Site.find_for_request(request) if request is not None else None
    name = (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME
    logo = absolute_url(static(SITE_SHARE_CARD[0]))
    return {"@type": "Organization", "name": name, "url": absolute_url("/"), "logo": logo}


@register.simple_tag(takes_context=True)
def article_json_ld(context, page, kind: str = "Article") -> str:
    """schema.org Article for a story or case study (Google's Article rich result)."""
    request = context.get("request")
    image = share_image(context, page)
    publisher = _publisher(request)
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "headline": page.title[:110],
        "description": getattr(page, "summary", "") or page.search_description or "",
        "image": [image["url"]],
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
        "author": publisher,  # the network publishes it; members' names are never shown
        "publisher": publisher,
    }
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.replace(microsecond=0).isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.replace(microsecond=0).isoformat()
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def site_json_ld(context, page) -> str:
    """schema.org WebSite (with its search) and Organization, for the home page."""
    request = context.get("request")
    organization = _publisher(request)
    home = page.get_full_url(request)
    website = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": organization["name"],
        "url": home,
        "inLanguage": page.locale.language_code,
        "publisher": organization,
        "potentialAction": {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{home}search/?q={{search_term_string}}"},
            "query-input": "required name=search_term_string",
        },
    }
    return json_ld_script([website, {"@context": "https://schema.org", **organization}])
